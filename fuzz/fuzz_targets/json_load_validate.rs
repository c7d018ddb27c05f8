//! The JSON loader and the semantic validator on arbitrary bytes: loading either succeeds or
//! reports an error, validation never panics, and a loaded dataset survives its own JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(dataset) = chidao_json::from_slice(data) else {
        return;
    };
    let _ = dataset.validate();
    // Whatever loads is written back and loads as the same dataset.
    let text = chidao_json::to_string(&dataset).expect("a loaded dataset serialises");
    let again = chidao_json::from_str(&text).expect("written JSON loads again");
    assert_eq!(again, dataset);
});
