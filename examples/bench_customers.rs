//! Prints, as JSON, the customers the mock backend lists with `generatedCustomers` set: what the
//! benchmark's plain-JavaScript picker (benches/typing) searches, so that both pickers search the
//! same names, domains and tenant ids.
//!
//! `cargo run --release --example bench_customers -- COUNT SEED > customers.json`

use partner_support_desk::backend::mock::Store;
use partner_support_desk::backend::CustomerQuery;
use partner_support_desk::config::MockOptions;
use partner_support_desk::domain::Timestamp;
use serde::Serialize;

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    name: &'a str,
    domains: Vec<&'a str>,
    tenant: &'a str,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let count = args
        .next()
        .and_then(|a| a.parse::<u32>().ok())
        .unwrap_or(10_000);
    let seed = args.next().and_then(|a| a.parse::<u64>().ok()).unwrap_or(0);
    let options = MockOptions {
        generated_customers: Some(count),
        seed,
        ..MockOptions::default()
    };
    let store = Store::new(&options, Timestamp(0));
    let mut customers = Vec::new();
    let mut query = CustomerQuery {
        page_size: 1_000,
        ..CustomerQuery::default()
    };
    loop {
        let page = match store.customers_page(&query) {
            Ok(page) => page,
            Err(error) => {
                eprintln!("bench_customers: {error:?}");
                std::process::exit(1);
            }
        };
        customers.extend(page.customers);
        match page.continuation {
            Some(next) => query.continuation = Some(next),
            None => break,
        }
    }
    let rows: Vec<Row> = customers
        .iter()
        .map(|c| Row {
            id: &c.id,
            name: &c.company_name,
            domains: c.domains().collect(),
            tenant: &c.tenant_id,
        })
        .collect();
    match serde_json::to_string(&rows) {
        Ok(json) => println!("{json}"),
        Err(error) => {
            eprintln!("bench_customers: {error}");
            std::process::exit(1);
        }
    }
}
