use super::*;

const DAY: i64 = MS_PER_DAY;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Answers {
    title: String,
}

fn stored(saved_at: i64, title: &str) -> String {
    serde_json::to_string(&Stored {
        saved_at,
        answers: Answers {
            title: title.into(),
        },
    })
    .unwrap()
}

#[test]
fn a_draft_is_restored_for_seven_days_then_dropped() {
    let now = Timestamp(100 * DAY);
    let found = examine::<Answers>(Some(&stored(now.0 - 7 * DAY, "Mail")), now);
    assert_eq!(
        found,
        Found::Restored(
            Answers {
                title: "Mail".into()
            },
            Timestamp(now.0 - 7 * DAY)
        )
    );
    assert_eq!(
        examine::<Answers>(Some(&stored(now.0 - 7 * DAY - 1, "Mail")), now),
        Found::Expired(Timestamp(now.0 - 7 * DAY - 1))
    );
    // A clock put back does not throw the draft away.
    assert!(matches!(
        examine::<Answers>(Some(&stored(now.0 + DAY, "Later")), now),
        Found::Restored(..)
    ));
}

#[test]
fn unreadable_drafts_count_as_none() {
    let now = Timestamp(DAY);
    for text in ["", "{", "null", "[]", r#"{"saved_at":"x","answers":{}}"#] {
        assert_eq!(
            examine::<Answers>(Some(text), now),
            Found::Nothing,
            "{text}"
        );
    }
    assert_eq!(examine::<Answers>(None, now), Found::Nothing);
    // Drafts saved before answers were named so are read too.
    assert_eq!(
        examine::<Answers>(Some(r#"{"saved_at":5,"draft":{"title":"Old"}}"#), now),
        Found::Restored(
            Answers {
                title: "Old".into()
            },
            Timestamp(5)
        )
    );
}

#[test]
fn the_autosave_waits_until_typing_stops() {
    let mut autosave = Autosave::default();
    assert!(!autosave.pending());
    assert!(!autosave.due(1_000));
    assert_eq!(autosave.changed(0), 500);
    autosave.changed(120);
    autosave.changed(260);
    assert!(!autosave.due(600), "the last change was 340 ms ago");
    assert!(!autosave.due(759));
    assert!(autosave.due(760));
    assert!(autosave.pending());
    autosave.saved();
    assert!(!autosave.pending());
    assert!(!autosave.due(10_000));
}

#[test]
fn a_change_from_another_tab_is_told_apart_from_this_tabs_own() {
    let mine = stored(1, "Mine");
    let theirs = stored(2, "Theirs");
    let here = Answers {
        title: "Mine".into(),
    };
    let changed = Some(External::Changed(Answers {
        title: "Theirs".into(),
    }));
    assert_eq!(external_change(Some(&mine), Some(&mine), Some(&here)), None);
    assert_eq!(
        external_change(Some(&mine), Some(&theirs), Some(&here)),
        changed
    );
    assert_eq!(external_change(None, Some(&theirs), Some(&here)), changed);
    assert_eq!(
        external_change(Some(&mine), Some(&stored(3, "Mine")), Some(&here)),
        None,
        "the other tab saved the same answers"
    );
    assert_eq!(
        external_change(Some(&mine), None, Some(&here)),
        Some(External::Removed)
    );
    assert_eq!(external_change::<Answers>(None, None, None), None);
    assert_eq!(external_change(Some(&mine), Some("{"), Some(&here)), None);
}

#[test]
fn a_note_keeps_its_key_until_its_text_changes() {
    let mut counter = 0;
    let mut new_key = || {
        counter += 1;
        format!("key-{counter}")
    };
    let mut note = NoteDraft {
        text: "Restarted the VM.".into(),
        sent: Vec::new(),
    };
    let first = note.key_for_sending(&mut new_key);
    assert_eq!(first, "key-1");
    assert_eq!(note.key_for_sending(&mut new_key), "key-1", "a retry");
    note.text = "  Restarted the VM. ".into();
    assert_eq!(
        note.key_for_sending(&mut new_key),
        "key-1",
        "spaces around are not a change"
    );
    note.text = "Restarted the VM twice.".into();
    assert_eq!(note.key_for_sending(&mut new_key), "key-2");
    note.text = "Restarted the VM.".into();
    assert_eq!(
        note.key_for_sending(&mut new_key),
        "key-1",
        "back to an earlier text: the earlier attempt may have added it"
    );
    note.text = "Third text".into();
    assert_eq!(note.key_for_sending(&mut new_key), "key-3");
}

#[test]
fn storage_keys_name_the_form_and_what_it_is_about() {
    assert_eq!(storage_key("azure", "c-1"), "draft.v1.azure.c-1");
    assert_eq!(storage_key("note", "6251"), "draft.v1.note.6251");
}
