"""Session files keep the run's past (format 2's "timeline"); format 1 files and bad timelines still open."""

from __future__ import annotations

import json

import numpy as np

from backprop_studio.core.files.session_file import (PLAIN_FORMAT_VERSION, SESSION_FORMAT_VERSION, load_session,
                                                     save_session, session_to_document, timeline_document)
from backprop_studio.core.session import Session
from backprop_studio.core.training.hyperparameters import Hyperparameters


def _fresh_at(k: int, **hp) -> dict:
    fresh = Session(hyperparameters=Hyperparameters(**hp)) if hp else Session()
    fresh.train(k)
    return fresh.parameters()


def _equal(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)


def test_a_saved_session_reopens_with_its_past(tmp_path):
    session = Session()
    session.train(300)
    session.set_hyperparameters(learning_rate=0.5)  # an event the timeline replays
    session.train(200)
    path = tmp_path / "run.bpsession"
    save_session(path, session.state())
    document = json.loads(path.read_text())
    assert document["format_version"] == SESSION_FORMAT_VERSION == 2 and document["timeline"]["states"]

    reopened = Session.from_state(load_session(path))
    assert reopened.iteration == 500
    assert reopened.run.timeline.first_iteration == 0  # not 500: the past came back
    for k in (0, 7, 150, 299, 300, 301, 433):
        assert _equal(reopened.snapshot_at(k).parameters, session.snapshot_at(k).parameters), k
    assert _equal(reopened.snapshot_at(150).parameters, _fresh_at(150))
    # Branching in the reopened run works as in the original.
    reopened.branch(120)
    assert reopened.iteration == 120 and _equal(reopened.parameters(), _fresh_at(120))


def test_a_format_1_file_without_a_timeline_still_opens_and_starts_its_timeline_there(tmp_path):
    session = Session()
    session.train(50)
    document = session_to_document(session.state())
    del document["timeline"]
    document["format_version"] = 1
    path = tmp_path / "old.bpsession"
    path.write_text(json.dumps(document))
    state = load_session(path)
    assert state.timeline is None
    reopened = Session.from_state(state)
    assert reopened.iteration == 50 and reopened.run.timeline.first_iteration == 50
    assert _equal(reopened.parameters(), session.parameters())


def test_a_timeline_of_another_run_is_dropped_and_the_file_still_opens(tmp_path):
    other = Session(hyperparameters=Hyperparameters(hidden_units=(3,)))
    other.train(20)
    session = Session()
    session.train(40)
    document = session_to_document(session.state())
    document["timeline"] = other.run.timeline.to_state()  # another network's past
    path = tmp_path / "mixed.bpsession"
    path.write_text(json.dumps(document))
    reopened = Session.from_state(load_session(path))
    assert reopened.iteration == 40 and reopened.run.timeline.first_iteration == 40
    assert _equal(reopened.parameters(), session.parameters())


def test_a_state_without_timeline_is_written_as_format_1():
    session = Session()
    state = session.state()
    from dataclasses import replace
    document = session_to_document(replace(state, timeline=None))
    assert document["format_version"] == PLAIN_FORMAT_VERSION == 1 and "timeline" not in document


def test_the_timeline_in_a_file_is_thinned_to_its_budget():
    session = Session()
    session.train(2000)
    whole = timeline_document(session.run.timeline)
    assert 2 < len(whole["states"]) <= 200
    small = timeline_document(session.run.timeline, budget=20_000)
    assert 2 <= len(small["states"]) < len(whole["states"])
    assert len(json.dumps(small)) <= 20_000 + 2_000
    assert timeline_document(session.run.timeline, budget=100) is None
