//! Builds the default Scanner 50 times: a target for `perf record` of start-up.
use redaction_check::{Config, Scanner};

fn main() {
    let t = std::time::Instant::now();
    for _ in 0..50 {
        drop(Scanner::new(Config::default()).unwrap());
    }
    println!("{:.2} ms each", t.elapsed().as_secs_f64() * 1e3 / 50.0);
}
