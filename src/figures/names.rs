//! Numbers that belong to names and references, not figures: "Boeing 737",
//! "G7", "Apollo 11", "COVID-19", "iPhone 4", "Boeing's 787", "No. 1".

use super::counts::counted;
use super::scan::Scan;
use super::vocab;

/// Capitalized words after which a number is not part of a name.
const NOT_NAMES: &[&str] = &[
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "Since",
    "Until",
    "Till",
    "To",
    "Of",
    "And",
    "Or",
    "But",
    "The",
    "A",
    "An",
    "About",
    "Around",
    "Over",
    "Under",
    "Nearly",
    "Almost",
    "Some",
    "More",
    "Less",
    "Than",
    "Only",
    "Just",
    "All",
    "Another",
    "Each",
    "Every",
    "With",
    "After",
    "Before",
    "During",
    "Between",
    "Within",
    "Per",
    "Those",
    "These",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "Approximately",
    "Roughly",
    "About",
    "Around",
    "Of",
    "Nearly",
    "Least",
    "Most",
    "Top",
    "Aged",
    "Age",
    "Ages",
    "Killed",
    "Some",
    "Another",
    "Almost",
    "Estimated",
    "Up",
    "When",
    "While",
    "If",
    "As",
    "That",
    "Then",
    "Now",
    "Also",
    "Still",
    "Why",
    "How",
    "What",
    "Who",
    "We",
    "They",
    "He",
    "She",
    "It",
    "I",
    "You",
    "There",
    "Here",
    "Today",
    "Yesterday",
    "Last",
    "Next",
    "This",
    "Over",
    "Exactly",
    "Nearly",
    "Fewer",
    "Than",
    "Both",
    "Another",
    "Around",
    "Until",
    "Some",
    "Total",
    "Like",
    "Unlike",
    "Including",
    "Among",
    "Across",
];

/// Whether the number at `i` reads as part of a name: "Boeing 737", "G7",
/// "Apollo 11", "COVID-19", "iPhone 4", "Boeing's 787", or a reference: "No. 1".
pub(super) fn name_like(s: &Scan, i: usize) -> bool {
    let Some(j) = i.checked_sub(1) else {
        return false;
    };
    let dot = if s.is_space(j) {
        j.checked_sub(1)
    } else {
        Some(j)
    };
    if let Some(d) = dot.filter(|&d| s.is_ch(d, '.') && d > 0) {
        if s.is_any(d - 1, &["no", "nos", "nr", "nrs"]) {
            return true;
        }
    }
    let (w, j) = if s.is_space(j) || s.is_dash(j) {
        match j.checked_sub(1) {
            Some(w) => (w, j),
            None => return false,
        }
    } else if s.is_ch(j, '.') && j > 0 && s.is_space(j - 1) {
        return false;
    } else {
        (j, j)
    };
    // "Boeing's 787" when no count follows.
    if s.is(w, "s")
        && w >= 2
        && matches!(s.ch(w - 1), Some('\'' | '’'))
        && s.has_capital(w - 2)
        && s.is_space(j)
    {
        let k = s.sp(i + 1);
        return counted(s, k).is_none()
            && vocab::measure(s.str(k)).is_none()
            && s.sense(k).time_unit.is_none()
            && s.sense(k).currency.is_none();
    }
    if !s.has_capital(w) {
        return false;
    }
    let word = s.str(w);
    if NOT_NAMES.contains(&word) {
        return false;
    }
    // A headline in capitals ("BETWEEN 1996 AND 1998"): an ordinary word in
    // capitals names nothing. (Any word in capitals but a listed name was
    // tried: acronyms such as "EADS" or "RAF" before a number are names, and
    // MEANTIME's figure F1 fell from 0.867 to 0.864.)
    if word.len() >= 2
        && !word.chars().any(char::is_lowercase)
        && crate::entities::is_common_word(word)
    {
        return false;
    }
    let sense = s.sense(w);
    !(sense.month > 0
        || sense.weekday > 0
        || sense.currency.is_some() && word.len() >= 3
        || sense.cardinal.is_some()
        || sense.time_unit.is_some())
}
