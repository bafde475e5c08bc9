//! The `factlint` binary: a thin front end over the library.

mod cli;

/// Building the recognisers' and rules' regular expressions at start-up is a storm of
/// small allocations, and glibc's allocator spent a third of a short run on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
