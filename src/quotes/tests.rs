//! Cases for quotation finding and attribution, one a line.
