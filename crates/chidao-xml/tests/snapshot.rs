//! The bundled dataset as XML, snapshotted: a change to the XML form or to the dataset shows up
//! as a reviewable diff. The snapshot is read back and checked to be the dataset.

mod common;

#[test]
fn bundled_dataset_as_xml() {
    let dataset = common::bundled();
    let xml = chidao_xml::to_string(&dataset).unwrap();
    assert_eq!(chidao_xml::from_str(&xml).unwrap(), dataset);
    insta::assert_snapshot!("langson", xml);
}
