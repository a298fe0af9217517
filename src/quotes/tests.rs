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
    t!("Mark Carney denounced the\"barbarism\" of the attacks.", "\"barbarism\"" => Speech by "Mark Carney");
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
    t!("“It is over,” said Kremlin spokesperson Yury Ushakov.", "“It is over,”" => Speech by "Yury Ushakov");
    t!("Kremlin spokesperson Yury Ushakov said: “It is over.”", "“It is over.”" => Speech by "Yury Ushakov");
    t!("Donald Trump told reporters that “it will be done”.", "“it will be done”" => Speech by "Donald Trump");
    t!("“It is over,” Anna Greenberg, a pollster, said.", "“It is over,”" => Speech by "Anna Greenberg");
    t!("“It was nice,” the gambling tycoon told Reuters.", "“It was nice,”" => Speech by "the gambling tycoon");
    t!("“Why now?” Barack Obama asked voters. “What changed?”",
        "“Why now?”" => Speech by "Barack Obama", "“What changed?”" => Speech by "Barack Obama");
    t!("According to Bob Woodward, “the world is complex.”", "“the world is complex.”" => Speech by "Bob Woodward");
    t!("“We are not afraid,” Mary Jones surmised.", "“We are not afraid,”" => Speech by "Mary Jones");
    t!("Sergei Lavrov, without evidence, accused them of “ambitions”.", "“ambitions”" => Speech by "Sergei Lavrov");
}

#[test]
fn pronouns_and_descriptions_resolve() {
    t!("Dmitry Peskov spoke on Friday.\n\n\"It was agreed,\" he said.", "\"It was agreed,\"" => Speech by "Dmitry Peskov");
    t!("Mr John Smith met Mrs Ann Lee. \"We agree,\" she said.", "\"We agree,\"" => Speech by "Ann Lee");
    t!("Ukrainian president Volodymyr Zelensky met Donald Trump, as the US president said: “We’ll get it done.”",
        "“We’ll get it done.”" => Speech by "Donald Trump");
    t!("Donald Trump said he would call, as he described both sides as “willing countries”.",
        "“willing countries”" => Speech by "Donald Trump");
}

#[test]
fn terms_are_not_speech() {
    t!("Our latest documentary, 'The A Word', shines a light.", "'The A Word'" => Term);
    t!("The so-called “peace plan” failed.", "“peace plan”" => Term);
    t!("They call him “Crooked Joe” at rallies.", "“Crooked Joe”" => Term);
    t!("Mr Zelensky made it clear \"territorial issues\" would remain.", "\"territorial issues\"" => Speech by "Zelensky");
}
