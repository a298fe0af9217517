//! The error type.

use std::fmt;

/// An error: bad input or a file that cannot be read. Its message says what
/// went wrong and where.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    InvalidDate(String),
    InvalidUtf8 {
        offset: usize,
    },
    Io {
        path: String,
        source: std::io::Error,
    },
    Format {
        what: String,
    },
}

impl Error {
    pub(crate) fn invalid_date(date: &str) -> Error {
        Error {
            kind: ErrorKind::InvalidDate(date.to_string()),
        }
    }

    /// Bytes that are not UTF-8, at `offset`.
    pub fn invalid_utf8(offset: usize) -> Error {
        Error {
            kind: ErrorKind::InvalidUtf8 { offset },
        }
    }

    pub(crate) fn io(path: &str, source: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                path: path.to_string(),
                source,
            },
        }
    }

    pub(crate) fn format(what: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Format { what: what.into() },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidDate(d) => write!(f, "invalid date {d:?}: expected YYYY-MM-DD"),
            ErrorKind::InvalidUtf8 { offset } => {
                write!(f, "input is not UTF-8: invalid byte at offset {offset}")
            }
            ErrorKind::Io { path, source } => write!(f, "{path}: {source}"),
            ErrorKind::Format { what } => f.write_str(what),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
