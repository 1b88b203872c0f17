use super::*;
use crate::domain::validation::Reason;

/// A two-field flow: `Title` on the first step, `Email` on the second, then the review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    One,
    Two,
    Review,
}

impl FlowStep for Step {
    const ALL: &'static [Step] = &[Step::One, Step::Two, Step::Review];
    fn slug(self) -> &'static str {
        match self {
            Step::One => "one",
            Step::Two => "two",
            Step::Review => "review",
        }
    }
    fn name(self, f: &'static FormStrings) -> &'static str {
        f.step_review
    }
}

struct Rules;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Answers {
    title: String,
    email: String,
}

impl FlowRules for Rules {
    type Step = Step;
    type Answers = Answers;

    fn step_of(field: Field) -> Step {
        match field {
            Field::Email => Step::Two,
            _ => Step::One,
        }
    }

    fn build(&self, a: &Answers, _: Clock) -> Result<NewServiceRequest, Vec<FieldError>> {
        let mut errors = Vec::new();
        if a.title.is_empty() {
            errors.push(FieldError::new(Field::Title, Reason::Missing));
            // A second error on the same field: shown once.
            errors.push(FieldError::new(Field::Title, Reason::Malformed));
        }
        if a.email.is_empty() {
            errors.push(FieldError::new(Field::Email, Reason::Missing));
        }
        if errors.is_empty() {
            Err(vec![FieldError::new(Field::Note, Reason::Malformed)])
        } else {
            Err(errors)
        }
    }
}

const CLOCK: Clock = Clock {
    now: Timestamp(0),
    local_offset: |_| 0,
};

#[test]
fn step_errors_are_the_builds_errors_on_the_steps_so_far_once_per_field() {
    let empty = Answers::default();
    let so_far = |step| {
        errors_so_far(&Rules, &empty, step, CLOCK)
            .into_iter()
            .map(|e| (e.field, e.reason))
            .collect::<Vec<_>>()
    };
    assert_eq!(so_far(Step::One), [(Field::Title, Reason::Missing)]);
    assert_eq!(
        so_far(Step::Two),
        [
            (Field::Title, Reason::Missing),
            (Field::Email, Reason::Missing)
        ]
    );
}

#[test]
fn a_step_is_reachable_when_the_steps_before_it_are_complete() {
    let mut answers = Answers::default();
    assert_eq!(
        first_incomplete_before(&Rules, &answers, Step::One, CLOCK),
        None
    );
    assert_eq!(
        first_incomplete_before(&Rules, &answers, Step::Review, CLOCK),
        Some(Step::One)
    );
    answers.title = "Title".into();
    assert_eq!(
        first_incomplete_before(&Rules, &answers, Step::Two, CLOCK),
        None
    );
    assert_eq!(
        first_incomplete_before(&Rules, &answers, Step::Review, CLOCK),
        Some(Step::Two)
    );
}

#[test]
fn steps_move_in_order() {
    assert_eq!(Step::One.next(), Step::Two);
    assert_eq!(Step::Two.next(), Step::Review);
    assert_eq!(Step::Review.next(), Step::Review);
    assert_eq!(Step::Two.previous(), Step::One);
    assert_eq!(Step::One.previous(), Step::One);
    assert!(Step::Review.is_review());
    assert_eq!(Step::from_slug("two"), Some(Step::Two));
    assert_eq!(Step::from_slug("three"), None);
    assert_eq!(Step::Review.position(), 2);
}
