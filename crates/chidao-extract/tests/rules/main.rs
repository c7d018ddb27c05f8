//! One small document per rule, checked through one data-driven helper: the items, leads,
//! coordinating agencies and due dates the extractor reads from it.

mod basics;
mod check;
mod eighth;
mod held_out;
mod ninth;
mod sixth_and_seventh;
