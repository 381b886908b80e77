"""Widgets and helpers shared by the panels and the labs, one module per idea.

* ``refusal`` — ask the session for a change and keep the reason it gives when it refuses;
* ``problem_label`` — the line under a panel that says why the last change was refused;
* ``number_combo`` — an editable list of suggested numbers (α, λ, the initialization scale);
* ``seed_spin`` — a spin box for a random seed;
* ``forms`` — the form layout every panel uses (long labels go above their field);
* ``course_text`` — the course's notation as rich text, and text that must not break across lines;
* ``health_banner`` — what is going wrong with training (core.session.health) and what to try.
"""
