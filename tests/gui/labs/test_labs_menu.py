"""The Labs menu and the lesson panel reach the tool windows from the main window."""

import pytest



@pytest.mark.parametrize("name, cls", [
    ("computation_graph", "ComputationGraphLab"), ("vectorization", "VectorizationLab"),
    ("gradient_check", "GradientCheckDialog"), ("experiments", "ExperimentRunner"),
])
def test_each_labs_menu_entry_opens_its_window_once(window, name, cls):
    window.labs.actions[name].trigger()
    lab = window.labs.lab(name)
    assert type(lab).__name__ == cls and lab.isVisible()
    window.labs.actions[name].trigger()
    assert window.labs.lab(name) is lab  # the same window, kept with its state


def test_lessons_open_their_labs(window, qtbot):
    window.lesson_panel.lab_requested.emit("computation_graph")
    assert window.labs.lab("computation_graph").isVisible()
    window.lesson_panel.experiment_requested.emit({"parameter": "hidden_units", "values": "1, 2"})
    assert window.labs.lab("experiments").isVisible()


def test_labs_menu_sits_before_help(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Labs") == titles.index("&Help") - 1


def test_new_docks_are_in_the_view_menu_and_come_back(window):
    window.activation_dock.close()
    window.lesson_dock.close()
    window.reset_layout_action.trigger()
    assert not window.activation_dock.isHidden() and not window.lesson_dock.isHidden()
    view_texts = [a.text() for a in window.view_menu.actions()]
    assert "Lessons" in view_texts and "Activations" in view_texts
