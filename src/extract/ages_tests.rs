use super::*;

/// The ages in `text`: (text of the mention, years, form, person as written).
fn ages(text: &str) -> Vec<(&str, u32, AgeForm, Option<&str>)> {
    super::super::extract_from_prose(text)
        .into_iter()
        .filter_map(|m| match m.value {
            MentionValue::Age(a) => Some((
                &text[m.span.range()],
                a.years,
                a.form,
                a.person.map(|p| &text[p.range()]),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn compounds_with_and_without_a_name() {
    assert_eq!(
        ages("The 45-year-old Ann Lee left."),
        [("45-year-old", 45, AgeForm::Compound, Some("Ann Lee"))]
    );
    assert_eq!(
        ages("A 45-year-old man was hurt."),
        [("45-year-old", 45, AgeForm::Compound, None)]
    );
    assert_eq!(
        ages("Ann Lee, a 45-year-old baker, spoke."),
        [("45-year-old", 45, AgeForm::Compound, Some("Ann Lee"))]
    );
    assert_eq!(
        ages("She is 7 years old."),
        [("7 years old", 7, AgeForm::Compound, None)]
    );
}

#[test]
fn appositions_need_a_name_and_both_commas() {
    assert_eq!(
        ages("It rained on Monday.\n\nLee, 46, said so. Dr. A. Lee, 47, agreed."),
        [
            ("46", 46, AgeForm::Apposition, Some("Lee")),
            ("47", 47, AgeForm::Apposition, Some("Dr. A. Lee"))
        ]
    );
    assert_eq!(
        ages("Ann Lee, 45, said so."),
        [("45", 45, AgeForm::Apposition, Some("Ann Lee"))]
    );
    assert_eq!(
        ages("In Harbourton, Mrs Ann Lee, 45, said so."),
        [("45", 45, AgeForm::Apposition, Some("Mrs Ann Lee"))]
    );
    assert_eq!(
        ages("The coach, Tom Vale, 51, and Ann Lee, 45, spoke."),
        [
            ("51", 51, AgeForm::Apposition, Some("Tom Vale")),
            ("45", 45, AgeForm::Apposition, Some("Ann Lee"))
        ]
    );
    for text in [
        "In March, 45 people left.",
        "In March, 45, 46 and 47 were sold.",
        "the mayor, 45, said",
        "Lee, 45 percent, said",
        "Ann Lee, 1,045, said",
        "On Monday, 45, said",
    ] {
        assert!(ages(text).is_empty(), "{text}");
    }
}

#[test]
fn aged_and_turned() {
    assert_eq!(
        ages("He died on May 2 aged 79."),
        [("79", 79, AgeForm::Aged, None)]
    );
    assert_eq!(
        ages("Ann Lee, aged 45, said."),
        [("45", 45, AgeForm::Aged, Some("Ann Lee"))]
    );
    assert_eq!(
        ages("He died at the age of 56 after an illness."),
        [("56", 56, AgeForm::Aged, None)]
    );
    assert_eq!(
        ages("Tom Vale, who turned 60 on Monday, retired."),
        [("60", 60, AgeForm::Turned, Some("Tom Vale"))]
    );
    for text in [
        "people aged 18 to 25",
        "children aged 5-11",
        "shares turned 5 percent higher",
        "the 18-year-olds voted",
        "a 300-year-old house",
    ] {
        assert!(ages(text).is_empty(), "{text}");
    }
}

#[test]
fn every_name_pattern_has_its_name_group_first() {
    for re in [
        &*NAME_AFTER,
        &*NAME_COMMA_BEFORE,
        &*NAME_APPOSED_BEFORE,
        &*AGED_BEFORE,
        &*TURNED_BEFORE,
    ] {
        assert_eq!(NameGroups::of(re).name, NAME_GROUP.name);
    }
}

#[test]
fn names_of_one_person() {
    let lee = PersonName::parse("Ann Lee");
    assert!(lee.compatible(&PersonName::parse("Lee")));
    assert!(lee.compatible(&PersonName::parse("Mrs. Lee")));
    assert!(!lee.compatible(&PersonName::parse("Tom Lee")));
    assert!(!PersonName::parse("Mr Lee").compatible(&PersonName::parse("Mrs Lee")));
    assert!(!lee.compatible(&PersonName::parse("Ann Vale")));
    assert!(lee.is_full() && !PersonName::parse("Dr Lee").is_full());
}

#[test]
fn another_person_of_the_same_surname() {
    let lee = PersonName::parse("Mrs Ann Lee");
    assert!(!surname_shared(
        "Mrs Ann Lee, 45, said. Lee left. When Lee came",
        &lee
    ));
    assert!(!surname_shared("Ann Lee and Mrs Lee; Leeds is far.", &lee));
    assert!(surname_shared("Ann Lee met Tom Lee.", &lee));
    assert!(surname_shared("Ann Lee met Mr Lee.", &lee));
}
