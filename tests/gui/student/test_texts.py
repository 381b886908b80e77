"""Every verdict of core.student reaches the translation catalogue and reads in Chinese with its own numbers."""

from __future__ import annotations

import string
import sys
from pathlib import Path


from backprop_studio.core.student.verdicts import CONTEXT, TEMPLATES, Location, Status, verdict
from backprop_studio.gui.student import texts
from backprop_studio.gui.support import verdict_texts

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402
from tests.gui.student.conftest import needs_chinese  # noqa: E402


def fields(template: str) -> list[tuple[str, str]]:
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(template) if name)


def test_the_translatable_table_is_cores_table():
    assert texts.TRANSLATABLE_TEMPLATES == TEMPLATES


@needs_chinese
def test_every_template_has_a_chinese_translation_with_the_same_fields():
    messages = update_translations.messages(update_translations.ts_path("zh_CN"))
    for template in TEMPLATES.values():
        chinese = messages.get((CONTEXT, template))
        assert chinese, f"no Chinese for {template!r}"
        assert fields(chinese) == fields(template), f"{template!r} → {chinese!r}"



@needs_chinese
def test_verdicts_read_in_chinese_with_their_numbers(chinese):
    sentence = texts.render_verdict(verdict("missing_one_over_m", name="db[1]", m=3))
    assert "db[1]" in sentence and "3" in sentence and "1/m" in sentence and "missing" not in sentence
    located = texts.render_verdict(verdict("syntax_error", Location(6), message="'(' was never closed"))
    assert "6" in located and "'(' was never closed" in located and "line" not in located
    assert texts.status_text(Status.NOT_WRITTEN) != "not written yet"
    assert texts.render_verdict(verdict("not_written")) == texts.status_text(Status.NOT_WRITTEN)


def test_a_broken_translation_falls_back_to_english(monkeypatch):
    monkeypatch.setattr(verdict_texts, "translate_template", lambda template: "{nonsense} " + template)
    assert texts.render_verdict(verdict("wrong_sign", name="dW[1]")) == "dW[1] is off by the sign"
    assert texts.render_verdict(None) == ""
