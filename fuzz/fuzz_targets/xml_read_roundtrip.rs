//! The hardened XML reader on arbitrary bytes: reading either succeeds or reports an error;
//! whatever it reads is written back and reads again as the same dataset.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(dataset) = chidao_xml::from_slice(data) else {
        return;
    };
    let _ = dataset.validate();
    let xml = chidao_xml::to_string(&dataset).expect("a dataset read from XML can be written");
    let again = chidao_xml::from_str(&xml).expect("written XML reads again");
    assert_eq!(again, dataset);
});
