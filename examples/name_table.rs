//! Writes the tagger's name table (`src/entities/gazetteers/names.bin`) from
//! the text list that `src/entities/gazetteers/names.py` writes:
//!
//! ```text
//! python3 src/entities/gazetteers/names.py ../shared/data/names target/names.txt
//! cargo run --release --example name_table target/names.txt src/entities/gazetteers/names.bin
//! ```
//!
//! (`make names` runs both.) The same list gives the same bytes.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [list, out] = args.as_slice() else {
        eprintln!("usage: name_table NAMES.txt OUT.bin");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(list) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{list}: {e}");
            return ExitCode::from(1);
        }
    };
    let table = presslight::name_table(&text);
    if let Err(e) = std::fs::write(out, &table) {
        eprintln!("{out}: {e}");
        return ExitCode::from(1);
    }
    println!("wrote {out}: {} bytes", table.len());
    ExitCode::SUCCESS
}
