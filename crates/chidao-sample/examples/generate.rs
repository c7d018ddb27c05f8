//! Generates a synthetic dataset of national shape and says what is in it: the same seed
//! always gives the same dataset.
//!
//! `cargo run -p chidao-sample --example generate [TASKS] [SEED]`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let tasks: usize = args.next().map_or(Ok(10_000), |a| a.parse())?;
    let seed: u64 = args.next().map_or(Ok(0), |a| a.parse())?;
    let config = chidao_sample::SampleConfig::new(tasks).with_seed(seed);
    let dataset = config.generate();
    println!(
        "{} tasks, {} directives, {} meetings, {} agencies, {} indicators, {} projects",
        dataset.tasks().len(),
        dataset.directives().len(),
        dataset.meetings().len(),
        dataset.agencies().len(),
        dataset.indicators().len(),
        dataset.projects().len()
    );
    let findings = dataset.validate();
    println!(
        "{} errors, {} warnings; reference day {}",
        findings.error_count(),
        findings.warning_count(),
        config.reference_date()
    );
    assert_eq!(
        config.generate(),
        dataset,
        "the same seed gives the same dataset"
    );
    Ok(())
}
