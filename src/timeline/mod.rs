//! The timeline stage.
