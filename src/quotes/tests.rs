//! Cases for finding quotations and naming their speakers, one a line:
//! `t!(text, quote => Kind by speaker, ...)` lists every quotation of the
//! text; `by` matches the speaker's entity or, failing that, its text.

use crate::analysis::QuoteKind::{self, Speech, Term};
use crate::{analyze, Options};

fn check(text: &str, expected: &[(&str, QuoteKind, Option<&str>)]) {
    let analysis = analyze(text, &Options::new());
    let found: Vec<_> = analysis
        .quotes
        .iter()
        .map(|q| {
            let speaker = q.speaker.as_ref();
            (
                q.text.as_str(),
                q.kind,
                speaker.map(|s| s.text.as_str()),
                speaker.and_then(|s| s.entity.as_deref()),
            )
        })
        .collect();
    let ok = found.len() == expected.len()
        && found.iter().zip(expected).all(|(f, e)| {
            f.0 == e.0 && f.1 == e.1 && e.2.is_none_or(|s| f.3 == Some(s) || f.2 == Some(s))
        });
    assert!(
        ok,
        "\n text: {text:?}\n want: {expected:?}\n  got: {found:?}"
    );
    for q in &analysis.quotes {
        assert_eq!(&text[q.start..q.end], q.text);
    }
}

macro_rules! t {
    ($text:expr $(, $quote:expr => $kind:ident $(by $speaker:expr)?)* $(,)?) => {
        check($text, &[$(($quote, $kind, None$(.or(Some($speaker)))?)),*])
    };
}

#[test]
fn marks_of_every_style() {
    t!("He said “We go now,” and left.", "“We go now,”" => Speech by "He");
    t!("She said, \"We go now.\"", "\"We go now.\"" => Speech by "She");
    t!("She said, ‘We go now.’", "‘We go now.’" => Speech by "She");
    t!("She said, 'We go now.'", "'We go now.'" => Speech by "She");
    t!("She said, ``We go now.''", "``We go now.''" => Speech by "She");
    t!("She said, ''We go now.''", "''We go now.''" => Speech by "She");
    t!("She said, «We go now.»", "«We go now.»" => Speech by "She");
    t!("She said, „We go now.“", "„We go now.“" => Speech by "She");
    t!("She said the key is \"pressure on Russia and support for Ukraine”.",
        "\"pressure on Russia and support for Ukraine”" => Speech by "She");
    t!("Mark Hollis denounced the\"barbarism\" of the attacks.", "\"barbarism\"" => Speech by "Mark Hollis");
}

#[test]
fn apostrophes_never_quote() {
    t!("We don’t know Russia’s plan, and the ’90s are gone.");
    t!("The countries’ leaders met. Rock ’n’ roll, don't 'em.");
    t!("In the ’90s he said: “Russia’s plan is the countries’ plan.”",
        "“Russia’s plan is the countries’ plan.”" => Speech by "he");
    t!("It was ‘the parents’ rights’ debate.", "‘the parents’ rights’" => Term);
}

#[test]
fn nested_and_long_quotes() {
    t!("He said: “They told me ‘never again’ and I agreed.”",
        "“They told me ‘never again’ and I agreed.”" => Speech by "He");
    t!("She said: \"He called it 'a farce'. We disagree. It will pass.\"",
        "\"He called it 'a farce'. We disagree. It will pass.\"" => Speech by "She");
}

#[test]
fn paragraphs_bound_and_continue_quotes() {
    // The news convention: an open quote goes on where the next paragraph opens again.
    t!("Jane Smith said: “We will go on.\n\n“We will never stop.”\n\nThen it ended.",
        "“We will go on.\n\n“We will never stop.”" => Speech by "Jane Smith");
    // A stray mark ends with its paragraph.
    t!("Jane Smith said: “We will go on and on.\n\nThe rest of the story is calm.",
        "“We will go on and on." => Speech by "Jane Smith");
    t!("A stray \" mark here.\n\nAnd the rest \"of it.");
}

#[test]
fn split_quotes_and_speaker_positions() {
    t!("“We’ll get it done,” Donald Trump said. “We are close.”",
        "“We’ll get it done,”" => Speech by "Donald Trump",
        "“We are close.”" => Speech by "Donald Trump");
    t!("“It is over,” said Kremlin spokesperson Oleg Sorokin.", "“It is over,”" => Speech by "Oleg Sorokin");
    t!("Kremlin spokesperson Oleg Sorokin said: “It is over.”", "“It is over.”" => Speech by "Oleg Sorokin");
    t!("Donald Trump told reporters that “it will be done”.", "“it will be done”" => Speech by "Donald Trump");
    t!("“It is over,” Anna Greenberg, a pollster, said.", "“It is over,”" => Speech by "Anna Greenberg");
    t!("“It was nice,” the gambling tycoon told Reuters.", "“It was nice,”" => Speech by "the gambling tycoon");
    t!("“Why now?” Barack Obama asked voters. “What changed?”",
        "“Why now?”" => Speech by "Barack Obama", "“What changed?”" => Speech by "Barack Obama");
    t!("According to Bob Woodward, “the world is complex.”", "“the world is complex.”" => Speech by "Bob Woodward");
    t!("“We are not afraid,” Mary Jones surmised.", "“We are not afraid,”" => Speech by "Mary Jones");
    t!("As the French president told reporters: “We will manage it,” and added: \"I do think so.\"",
        "“We will manage it,”" => Speech by "the French president", "\"I do think so.\"" => Speech by "the French president");
    t!("Omar Haddad said the pair agreed, and urged Cairo to act “without delay”.", "“without delay”" => Speech by "Omar Haddad");
    t!("Pierre Lemaire, without evidence, accused them of “ambitions”.", "“ambitions”" => Speech by "Pierre Lemaire");
}

#[test]
fn pronouns_and_descriptions_resolve() {
    t!("Pavel Orlov spoke on Friday.\n\n\"It was agreed,\" he said.", "\"It was agreed,\"" => Speech by "Pavel Orlov");
    t!("Mr John Smith met Mrs Ann Lee. \"We agree,\" she said.", "\"We agree,\"" => Speech by "Ann Lee");
    t!("Polish president Andrzej Nowak met Emmanuel Macron, as the French president said: “We will manage it.”",
        "“We will manage it.”" => Speech by "Emmanuel Macron");
    t!("Donald Trump said he would call, as he described both sides as “willing countries”.",
        "“willing countries”" => Speech by "Donald Trump");
}

#[test]
fn terms_are_not_speech() {
    t!("Our latest documentary, 'The A Word', shines a light.", "'The A Word'" => Term);
    t!("The so-called “peace plan” failed.", "“peace plan”" => Term);
    t!("They call him “Crooked Joe” at rallies.", "“Crooked Joe”" => Term);
    t!("''Billions,'' on Showtime, is a drama.", "''Billions,''" => Term);
    t!("Jane Smith said on CBS's ''Face the Nation.''", "''Face the Nation.''" => Term);
    t!("His favourite book, ''This Kind of War,'' by T. R. Fehrenbach, is long.", "''This Kind of War,''" => Term);
    t!("“Quiet,” he demanded.", "“Quiet,”" => Speech by "he");
    t!("It paid $7,000 for “market studies” in May.", "“market studies”" => Term);
    t!("Mr Obrenovic made it clear \"border questions\" would stay open.", "\"border questions\"" => Speech by "Obrenovic");
}

#[test]
fn reporting_verbs_and_media() {
    t!("“We will win,” Jane Smith says.", "“We will win,”" => Speech by "Jane Smith");
    t!("“We will win,” warned Jane Smith.", "“We will win,”" => Speech by "Jane Smith");
    t!("Jane Smith insisted: “We will win.”", "“We will win.”" => Speech by "Jane Smith");
    t!("Jane Smith has repeatedly argued that “we will win”.", "“we will win”" => Speech by "Jane Smith");
    t!("“We will win,” Jane Smith told the BBC on Friday.", "“We will win,”" => Speech by "Jane Smith");
    t!("“We need to be strong,” Jane Smith posted on X on Saturday.", "“We need to be strong,”" => Speech by "Jane Smith");
    t!("Governor Ann Carter told Reuters on Friday that the city “gets nothing until I sign it”.",
        "“gets nothing until I sign it”" => Speech by "Ann Carter");
    t!("In remarks published by TASS, Ivan Petrov accused them of “ambitions”.", "“ambitions”" => Speech by "Ivan Petrov");
    t!("Jane Smith shook her head and said, \"No way.\"", "\"No way.\"" => Speech by "Jane Smith");
}

#[test]
fn continuations_inherit_speakers() {
    t!("“We are ready,” said Jane Smith. “We will go.”",
        "“We are ready,”" => Speech by "Jane Smith", "“We will go.”" => Speech by "Jane Smith");
    t!("“We are ready,” Jane Smith said.\n\n“We will go on to win this fight.”",
        "“We are ready,”" => Speech by "Jane Smith", "“We will go on to win this fight.”" => Speech by "Jane Smith");
    t!("Jane Smith spoke to the crowd. She said the plan was working.\n\n“We will go on.”",
        "“We will go on.”" => Speech by "Jane Smith");
}

#[test]
fn never_panics_on_odd_text() {
    for text in [
        "\"",
        "“",
        "”",
        "'",
        "''",
        "``",
        "« »",
        "\"\"\"",
        "a“b”c",
        "said “",
        "“ said",
        "—“",
        "’’’",
    ] {
        let _ = analyze(text, &Options::new());
    }
}

#[test]
fn never_panics_on_random_text() {
    const PIECES: &[&str] = &[
        "“",
        "”",
        "‘",
        "’",
        "\"",
        "'",
        "''",
        "``",
        "«",
        "»",
        "„",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "?",
        "—",
        "(",
        ")",
        "said",
        "told",
        "he",
        "She",
        "Mr",
        "Jane Smith",
        "the president",
        "according to",
        "and",
        "that",
        "Russia’s",
        "’90s",
        "said,",
        "adding",
        "x",
        "It",
        "made it clear",
        "so-called",
        "é",
        "😀",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(seed % 40) {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
        }
        seed = seed.wrapping_add(7);
        let analysis = analyze(&text, &Options::new());
        for q in &analysis.quotes {
            assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            if let Some(s) = &q.speaker {
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
}

#[test]
fn more_mark_styles() {
    t!("He said 'I can't go' and left.", "'I can't go'" => Speech by "He");
    t!("”Hello,” Jane Smith said.", "”Hello,”" => Speech by "Jane Smith");
    t!("‘We will win,’ Jane Smith said. ‘It is “certain”.’",
        "‘We will win,’" => Speech by "Jane Smith", "‘It is “certain”.’" => Speech by "Jane Smith");
    t!("Jane Smith said: \"We will go on.\n\n\"We will never stop.\"",
        "\"We will go on.\n\n\"We will never stop.\"" => Speech by "Jane Smith");
    t!("The vote—“a farce,” Jane Smith called it—passed.", "“a farce,”" => Speech by "Jane Smith");
}

#[test]
fn according_to_stays_in_the_quote_sentence() {
    t!("“Prices will fall,” according to Jane Roe, the minister.", "“Prices will fall,”" => Speech by "Jane Roe");
    let text = "The mood was “We will never give up on this town.” Officials counted \
                the crowd. According to Mayor John Smith, 200 people came.";
    let analysis = analyze(text, &Options::new());
    let speaker = analysis.quotes[0].speaker.as_ref();
    assert!(
        speaker.is_none_or(|s| s.text != "John Smith"),
        "{speaker:?}"
    );
}

#[test]
fn asides_between_commas_are_not_the_subject() {
    t!("Maria Lopez toured Ohio. Lopez, speaking to Ohioans, said, \"The vote is close.\"",
        "\"The vote is close.\"" => Speech by "Maria Lopez");
    t!("Peter Novak, who leads the Senate, said: “We will win.”",
        "“We will win.”" => Speech by "Peter Novak");
}

#[test]
fn a_short_phrase_in_the_writers_sentence_is_a_term() {
    // The sentence's comma or full stop inside the marks does not make a phrase speech.
    t!("The service paid a fortune to stream ''Seinfeld.'' Viewers noticed.", "''Seinfeld.''" => Term);
    t!("The overhaul would stay “revenue neutral,” meaning no new taxes.", "“revenue neutral,”" => Term);
    // A question or exclamation is the quote's own.
    t!("Fans chanted “USA! USA!” outside the hall.", "“USA! USA!”" => Speech);
    // A sentence of its own stays speech.
    t!("The crowd fell silent. “We are not done.”", "“We are not done.”" => Speech);
}

#[test]
fn dateline_months_are_not_speakers() {
    let text = "WASHINGTON, Dec. 4 — The mayor’s deputy rallied supporters, saying: “We have to be ready.”";
    let analysis = analyze(text, &Options::new());
    let speaker = analysis.quotes[0].speaker.as_ref().map(|s| s.text.as_str());
    assert!(
        speaker.is_some_and(|s| !s.starts_with("Dec")),
        "{speaker:?}"
    );
}

#[test]
fn sentence_openers_are_not_speakers() {
    t!("According to the Interfax news agency, quoting army sources, troops were told to prepare for a “long winter”.",
        "“long winter”" => Speech by "the Interfax news agency");
}

#[test]
fn pronouns_follow_the_gender_of_given_names() {
    t!("Dianne Roe met Jake Poe on Monday. Poe left early. “We agreed,” she said.",
        "“We agreed,”" => Speech by "Dianne Roe");
    t!("Dianne Roe met Jake Poe on Monday. Roe left early. “We agreed,” he said.",
        "“We agreed,”" => Speech by "Jake Poe");
}

#[test]
fn colon_lead_ins_after_unlisted_verbs() {
    t!("After the vote, the senator fired back: “We will win in November.”",
        "“We will win in November.”" => Speech by "the senator");
    t!("Asked about the delay to bring the bill to a vote, Mr. Vance shot back: ''That is up to them.''",
        "''That is up to them.''" => Speech by "Vance");
}

#[test]
fn a_party_tag_after_a_name_is_skipped() {
    t!("After the count in Ohio, Sen. Maria Lopez (D-OH), said, “We are ready for the next round.”",
        "“We are ready for the next round.”" => Speech by "Maria Lopez");
}

#[test]
fn a_quote_right_after_its_verb_is_its_subjects() {
    t!("Tom Reyes said, “You tell me,” before Ann Lee said she would leave.",
        "“You tell me,”" => Speech by "Tom Reyes");
}

#[test]
fn descriptions_name_their_source() {
    // A description opening the sentence, headed by a role.
    t!("Dan Reyes spoke first. The senators cried “but they are racist!” when asked about the vote.",
        "“but they are racist!”" => Speech by "The senators");
    // "said one of the advisers": the group the source is picked from.
    t!("Ana Ruiz leads the count. “There will not be a path for her,” said one of the advisers.",
        "“There will not be a path for her,”" => Speech by "one of the advisers");
    // Bylines and captions name no one the description could refer to.
    t!("By Dan Reyes\n\n“We looked at every option,” the mayor said.",
        "“We looked at every option,”" => Speech by "the mayor");
}

#[test]
fn one_of_a_group_speaks_after_its_verb() {
    t!("Dan Reyes said six planes wrote messages in the sky. “Ana Ruiz must go,” read one.",
        "“Ana Ruiz must go,”" => Speech by "one");
}

#[test]
fn a_share_of_voters_speaks() {
    t!("Ana Ruiz asked voters how likely she was to win, to which 21 percent said “not too likely” and 14 percent said “not at all likely.”",
        "“not too likely”" => Speech by "21 percent", "“not at all likely.”" => Speech by "14 percent");
}

#[test]
fn an_interviewers_label_is_the_speaker_of_a_question() {
    let text = "Senator Mary Lane spoke with reporters on Tuesday.\n\nQ: Will the bill pass this year?\n\nA: I think it will.";
    let a = analyze(text, &Options::new());
    let who: Vec<_> = a
        .quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref();
            (
                s.map(|s| s.text.as_str()),
                s.and_then(|s| s.entity.as_deref()),
            )
        })
        .collect();
    assert_eq!(who, [(Some("Q"), None), (Some("A"), Some("Mary Lane"))]);
}

#[test]
fn speech_that_comes_from_a_crowd() {
    t!("Chairman Tom Ortiz declared the motion denied. “Count the votes,” came shouts from the delegates, as the hall booed.",
        "“Count the votes,”" => Speech by "the delegates");
}

#[test]
fn a_counted_plural_is_a_noun_not_a_verb() {
    t!("Late last month, the company wrote a letter to the mayor, calling the two lengthy investigative reports “inaccurate and deliberately misleading.”",
        "“inaccurate and deliberately misleading.”" => Speech by "the company");
    // A numbered reference is no count: "Isaiah 45:1 reads".
    t!("The preacher quoted scripture. Isaiah 45:1 reads: “This is what the Lord says to his anointed.”",
        "“This is what the Lord says to his anointed.”" => Speech by "Isaiah");
}

#[test]
fn the_phrase_a_preposition_belongs_to_is_the_subject() {
    t!("Dan Reyes is assuring voters after a woman in Hull, England, told him she worries he is “too soft” on crime.",
        "“too soft”" => Speech by "a woman in Hull");
}

#[test]
fn an_owned_thing_after_a_verb_is_its_object() {
    let a = analyze(
        "Dan Reyes summed up Ana Ruiz as “weak,” denounced her record as mayor and said she should resign.",
        &Options::new(),
    );
    let speaker = a.quotes[0].speaker.as_ref().map(|s| s.text.as_str());
    assert_ne!(speaker, Some("her record"));
}

#[test]
fn a_quote_ending_an_opening_clause_at_the_end_of_the_text() {
    // The clause's comma is the text's last token: nothing after it to read.
    for text in [
        "While Ana Ruiz called it “a mistake,”",
        "While Ana Ruiz called it “a mistake”,",
    ] {
        let a = analyze(text, &Options::new());
        assert_eq!(a.quotes.len(), 1, "{text}");
    }
}

#[test]
fn descriptions_that_use_words() {
    t!("Dan Reyes died on Monday. A friend referred to him as \"the kindest man I have ever met in my life\" in a post.",
        "\"the kindest man I have ever met in my life\"" => Speech by "A friend");
    t!("Dan Reyes travels often. Corporate lobbyists describe such work as \"a different cup of tea\" than lobbying.",
        "\"a different cup of tea\"" => Speech by "Corporate lobbyists");
}
