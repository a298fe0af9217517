//! Behaviour of the whole entity path on text written for these tests.

use crate::analysis::{Entity, EntityKind};
use crate::text::Document;

fn find(text: &str) -> Vec<Entity> {
    let doc = Document::new(text);
    let found = super::find(&doc);
    for e in &found {
        assert_eq!(&text[e.start..e.end], e.text, "span and text agree");
    }
    found
}

/// The mentions of `text` as "kind:text" or "kind:text=entity" when they differ.
fn mentions(text: &str) -> Vec<String> {
    find(text)
        .iter()
        .map(|e| {
            let kind = match e.kind {
                EntityKind::Person => "per",
                EntityKind::Organization => "org",
                EntityKind::Place => "loc",
            };
            if e.text == e.entity {
                format!("{kind}:{}", e.text)
            } else {
                format!("{kind}:{}={}", e.text, e.entity)
            }
        })
        .collect()
}

/// `t!(text, [mention, ...])`: exactly these mentions, in order.
/// `t!(text, has [..], not [..])`: these mentions among others, and none of these texts.
macro_rules! t {
    ($text:expr, [$($m:expr),* $(,)?]) => {
        assert_eq!(mentions($text), vec![$($m.to_string()),*], "{:?}", $text)
    };
    ($text:expr, has [$($m:expr),* $(,)?], not [$($n:expr),* $(,)?]) => {{
        let found = mentions($text);
        $(assert!(found.iter().any(|f| f == $m), "{:?} lacks {:?}: {:?}", $text, $m, found);)*
        $(assert!(
            !find($text).iter().any(|e| e.text == $n),
            "{:?} has {:?}: {:?}", $text, $n, found
        );)*
    }};
}

#[test]
fn titles_stay_outside_names() {
    t!("President Donald Trump met Chancellor Olaf Scholz in Berlin on Monday.",
       has ["per:Donald Trump", "per:Olaf Scholz", "loc:Berlin"], not ["President", "Chancellor"]);
    t!("Mr Johnson and Dr. Jane Goodall spoke in Nairobi.",
       has ["per:Johnson", "per:Jane Goodall", "loc:Nairobi"], not ["Mr", "Dr."]);
}

#[test]
fn possessives_stay_outside_names() {
    t!("Germany’s economy shrank while Microsoft's shares rose in London.",
       has ["loc:Germany", "org:Microsoft", "loc:London"], not ["Germany’s", "Microsoft's"]);
}

#[test]
fn aliases_resolve_to_the_full_name() {
    t!(
        "Angela Merkel arrived in Paris on Tuesday. Ms Merkel said the talks went well. \
        “We agreed,” Merkel told reporters.",
        [
            "per:Angela Merkel",
            "loc:Paris",
            "per:Merkel=Angela Merkel",
            "per:Merkel=Angela Merkel"
        ]
    );
}

#[test]
fn people_sharing_a_surname_stay_apart() {
    let found = find(
        "Hillary Clinton and Bill Clinton visited Ohio. Bill Clinton spoke first. \
         Later, Hillary Clinton answered questions, and Clinton said she would return.",
    );
    let entity = |text: &str| -> Vec<&str> {
        found
            .iter()
            .filter(|e| e.text == text)
            .map(|e| e.entity.as_str())
            .collect()
    };
    assert_eq!(entity("Bill Clinton"), ["Bill Clinton", "Bill Clinton"]);
    assert_eq!(
        entity("Hillary Clinton"),
        ["Hillary Clinton", "Hillary Clinton"]
    );
    assert_eq!(entity("Clinton"), ["Hillary Clinton"]);
}

#[test]
fn boilerplate_names_nothing() {
    t!("Sign up to our free newsletter Read more Support Now Share this article\n\
        The mayor of Lyon, Gregory Doucet, opened the bridge.",
       has ["loc:Lyon", "per:Gregory Doucet"], not ["Read", "Support Now", "Sign", "Share", "Support"]);
    t!("open image in gallery Protesters gather in Madrid on Sunday ( AFP via Getty Images )",
       has ["loc:Madrid", "org:AFP", "org:Getty Images"], not ["Sunday"]);
}

#[test]
fn pitches_name_only_what_the_article_names() {
    t!("Every gift keeps our journalism free. From farming to Big Pharma, The Guardian \
        asks for your help. Your donation keeps Leeds reporters on the ground. Read more\n\n\
        Sarah Jones reported from Manchester on Monday. The Guardian said sales rose.",
       has ["org:The Guardian", "per:Sarah Jones", "loc:Manchester"], not ["Big Pharma"]);
}

#[test]
fn place_nouns_make_places() {
    t!("Fighting continued in the Kherson region and near the Dnipro delta on Monday.",
       has ["loc:Kherson", "loc:Dnipro"], not ["Monday"]);
}

#[test]
fn reads_pasted_and_headline_text() {
    t!("“It is over,” said Emmanuel Macron, France’s president.",
       has ["per:Emmanuel Macron", "loc:France"], not []);
    t!("FLOODS HIT NORTHERN ITALY AS RIVER PO BURSTS ITS BANKS\n\n\
        Rivers in northern Italy burst their banks on Friday, officials in Rome said.",
       has ["loc:Italy", "loc:Rome"], not ["FLOODS", "HIT", "BANKS"]);
    t!("Analysts at Goldman Sachs said Apple’s shares could rise.",
       has ["org:Goldman Sachs", "org:Apple"], not ["said", "Apple’s"]);
    t!("Pope Leo met Brazil's president Luiz Inacio Lula da Silva in Brasilia. Lula thanked him.",
       has ["per:Luiz Inacio Lula da Silva", "per:Lula=Luiz Inacio Lula da Silva", "loc:Brasilia"],
       not ["Brazil's"]);
}

#[test]
fn never_panics_and_spans_fit() {
    for text in [
        "",
        "   ",
        "’s ’s",
        "🙂 Émile Zola 🙂 met Zoë in Saint-Étienne.",
        "A\u{301}ngel Núñez ( )",
        "(",
        ")",
        "( AFP",
        "Mr",
        "MR. MR. MR.",
    ] {
        find(text);
    }
}

mod merging {
    use crate::analysis::{Entity, EntityKind};

    fn mention(text: &str, kind: EntityKind) -> Entity {
        Entity {
            start: 0,
            end: text.len(),
            text: text.to_string(),
            kind,
            entity: String::new(),
        }
    }

    fn merged(list: &[(&str, EntityKind)]) -> Vec<String> {
        let mut m: Vec<Entity> = list.iter().map(|&(t, k)| mention(t, k)).collect();
        crate::entities::merge::merge(&mut m);
        m.into_iter().map(|e| e.entity).collect()
    }

    use EntityKind::{Organization as Org, Person as Per, Place as Loc};

    #[test]
    fn merges_mentions() {
        assert_eq!(
            merged(&[("Trump", Per), ("Donald Trump", Per), ("Trump", Per)]),
            ["Donald Trump", "Donald Trump", "Donald Trump"]
        );
        assert_eq!(
            merged(&[("North Atlantic Treaty Organization", Org), ("NATO", Org)]),
            [
                "North Atlantic Treaty Organization",
                "North Atlantic Treaty Organization"
            ]
        );
        assert_eq!(
            merged(&[("The Independent", Org), ("Independent", Org)]),
            ["The Independent", "The Independent"]
        );
        assert_eq!(
            merged(&[("Georgia", Loc), ("Georgia Tech", Org)]),
            ["Georgia", "Georgia Tech"]
        );
        assert_eq!(
            merged(&[("Bill Gates", Per), ("Melinda Gates", Per), ("Gates", Per)]),
            ["Bill Gates", "Melinda Gates", "Melinda Gates"]
        );
    }

    #[test]
    fn a_full_name_ending_in_a_persons_surname_is_that_person() {
        let mut m = vec![mention("Taras Hlushko", Org), mention("Hlushko", Per)];
        crate::entities::merge::merge(&mut m);
        assert!(m
            .iter()
            .all(|e| e.kind == Per && e.entity == "Taras Hlushko"));
        // A place stays a place: "New York" beside a person called York.
        let mut m = vec![mention("New York", Loc), mention("York", Per)];
        crate::entities::merge::merge(&mut m);
        assert_eq!(m[0].kind, Loc);
    }

    #[test]
    fn an_honorific_tells_which_full_name() {
        // "Mrs. Harmon" after "Ann Harmon" and "Bill Harmon": not the man.
        let list = || {
            vec![
                mention("Ann Harmon", Per),
                mention("Bill Harmon", Per),
                mention("Harmon", Per),
            ]
        };
        let mut m = list();
        crate::entities::merge::merge_told(&mut m, &[None, None, Some(true)]);
        assert_eq!(m[2].entity, "Ann Harmon");
        let mut m = list();
        crate::entities::merge::merge_told(&mut m, &[None, None, Some(false)]);
        assert_eq!(m[2].entity, "Bill Harmon");
        assert_eq!(
            crate::entities::merge::told_gender("said Mrs. "),
            Some(true)
        );
        assert_eq!(crate::entities::merge::told_gender("” Mr. "), Some(false));
        assert_eq!(crate::entities::merge::told_gender("said "), None);
    }

    #[test]
    fn one_text_one_kind() {
        let mut m = vec![
            mention("Jordan", Loc),
            mention("Jordan", Loc),
            mention("Jordan", Per),
        ];
        crate::entities::merge::merge(&mut m);
        assert!(m.iter().all(|e| e.kind == Loc));
    }
}

#[test]
fn random_text_never_panics() {
    const PIECES: &[&str] = &[
        "Mr",
        "Mr.",
        "President",
        "Anna",
        "Smith",
        "NATO",
        "U.S.",
        "’s",
        "'s",
        "(",
        ")",
        "AFP",
        "via",
        "Getty",
        "Images",
        "the",
        "of",
        "Bank",
        "England",
        "“",
        "”",
        "\"",
        "'",
        "-",
        "—",
        ".",
        ",",
        "\n",
        "\n\n",
        "Read",
        "more",
        "é",
        "\u{301}",
        "🙂",
        "ЖЖ",
        "2024",
        "1,200",
        "Paris",
        "PARIS",
        "said",
        "Jean-Luc",
        "O’Neil",
        "http://x.y/z",
        "@ap",
        "#Tag",
        " ",
    ];
    let mut seed = 0x1234_5678_9abc_def0u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..300 {
        let n = (next() % 40) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            if next() % 3 > 0 {
                text.push(' ');
            }
        }
        for e in find(&text) {
            assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            assert!(!e.entity.is_empty());
        }
    }
}

/// What follows a name may say it is a person, whatever type the tagger gave.
#[test]
fn spoken_of_as_a_person() {
    let clean = |text: &str, kind: usize| {
        let words: Vec<String> = text.split(' ').map(str::to_string).collect();
        let sentence = 0..words.len();
        let input = super::input_of_words(&words, std::slice::from_ref(&sentence));
        super::clean(&input, vec![(0, 1, kind)])
    };
    assert_eq!(clean("Musk , who runs it , left", 1), [(0, 1, 0)]);
    assert_eq!(clean("Musk said he would go", 1), [(0, 1, 0)]);
    // Organizations take "which" and "it".
    assert_eq!(clean("Tesla , which makes cars , left", 1), [(0, 1, 1)]);
    assert_eq!(clean("Tesla said it would go", 1), [(0, 1, 1)]);
}
