"""Reading and writing the user's points as CSV."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.data.csv_data import MAX_ROWS, parse_csv, read_csv, write_csv
from backprop_studio.core.data.datasets import from_points, make_dataset
from backprop_studio.core.errors import CSVError, DatasetError


def _check_simple(d, problem="binary"):
    assert d.problem == problem and d.m == 3
    assert np.array_equal(d.X, [[1.0, -2.5, 0.0], [2.0, 3.0, 1e-3]])


@pytest.mark.parametrize("sep", [",", ";", "\t"])
@pytest.mark.parametrize("header", [True, False])
def test_separators_with_and_without_header(sep, header):
    rows = ["1" + sep + "2" + sep + "0", "-2.5" + sep + " 3 " + sep + "1", "0" + sep + "1e-3" + sep + "1"]
    text = "\n".join((["x1" + sep + "x2" + sep + "label"] if header else []) + rows) + "\n"
    d = parse_csv(text)
    _check_simple(d)
    assert d.y.tolist() == [0, 1, 1] and d.class_names == ("0", "1")


def test_blank_lines_comments_crlf_and_bom():
    text = "\ufeff# my points\r\n\r\nx1,x2,label\r\n1,2,0\r\n  # another comment\r\n-2.5,3,1\r\n\r\n0,0.001,1\r\n"
    d = parse_csv(text, name="pts")
    _check_simple(d)
    assert d.name == "pts"


def test_string_labels_are_sorted_and_kept_as_class_names():
    d = parse_csv("x,y,kind\n0,0,dog\n1,1,cat\n2,2,dog\n")
    assert d.class_names == ("cat", "dog") and d.y.tolist() == [1, 0, 1] and d.problem == "binary"


def test_numeric_labels_sort_as_numbers_and_keep_their_text():
    d = parse_csv("0,0,10\n1,1,9\n2,2,10.0\n3,3,-1\n")
    assert d.class_names == ("-1", "9", "10") and d.y.tolist() == [2, 1, 2, 0] and d.problem == "multiclass"


def test_three_classes_make_a_multiclass_dataset():
    d = parse_csv("0,0,a\n1,1,b\n2,2,c\n3,3,a\n")
    assert d.problem == "multiclass" and d.n_classes == 3 and d.Y().shape == (3, 4)


def test_quoted_fields():
    d = parse_csv('x1,x2,label\n1,2,"red, dark"\n3,4,blue\n')
    assert d.class_names == ("blue", "red, dark")


def test_regression():
    d = parse_csv("x1;x2;y\n1;2;0.5\n3;4;-1.25\n", regression=True)
    assert d.problem == "regression" and d.y.dtype == np.float64 and d.y.tolist() == [0.5, -1.25]
    assert d.class_names == ()


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("", 0, ["no data rows"]),
        ("\n# only a comment\n\n", 0, ["no data rows"]),
        ("x1,x2,label\n", 0, ["no data rows"]),
        ("x1,x2,label\n1,2,0\n3,4\n", 3, ["found 2", "3 expected"]),
        ("1,2,0,7\n", 1, ["found 4", "3 expected"]),
        ("x1,x2,label\n1,2,0\nabc,2,1\n", 3, ["x1", "'abc'", "not a number"]),
        ("1,2,0\n1,two,1\n", 2, ["x2", "'two'"]),
        ("1,2,0\n1,nan,1\n", 2, ["x2", "NaN"]),
        ("1,2,0\n-inf,1,1\n", 2, ["x1", "infinite"]),
        ("1,2,0\n3,4,\n", 2, ["label", "empty"]),
        ("1,2,0\n3,4,nan\n", 2, ["label", "NaN"]),
        ("x1,x2,label\n1,2,a\n3,4,a\n", 0, ["one class", "'a'"]),
        ("".join(f"{i},0,c{i}\n" for i in range(11)), 11, ["more than 10 classes", "'c10'"]),
    ],
)
def test_errors_name_the_line_and_the_problem(text, line, words):
    with pytest.raises(CSVError) as info:
        parse_csv(text)
    assert info.value.line == line
    for word in words:
        assert word in str(info.value)
    if line:
        assert str(info.value).startswith(f"line {line}:")


def test_regression_labels_must_be_numbers():
    with pytest.raises(CSVError) as info:
        parse_csv("x1,x2,y\n1,2,0.5\n3,4,big\n", regression=True)
    assert info.value.line == 3 and "'big'" in str(info.value) and "number" in str(info.value)


def test_too_many_rows():
    text = "x1,x2,label\n" + "1,2,0\n3,4,1\n" * (MAX_ROWS // 2) + "5,6,1\n"
    with pytest.raises(CSVError) as info:
        parse_csv(text)
    assert info.value.line == MAX_ROWS + 2 and "100000" in str(info.value)
    assert parse_csv("x1,x2,label\n" + "1,2,0\n3,4,1\n" * (MAX_ROWS // 2)).m == MAX_ROWS


def test_read_csv_strips_a_utf8_bom(tmp_path):
    path = tmp_path / "points.csv"
    path.write_bytes(b"\xef\xbb\xbfx1,x2,label\n1,2,0\n-2.5,3,1\n0,0.001,1\n")
    d = read_csv(path)
    _check_simple(d)
    assert d.name == "points"


def test_read_csv_falls_back_to_latin1(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("x1;x2;étiquette\n1;2;0\n-2.5;3;1\n0;0.001;1\n".encode("latin-1"))
    _check_simple(read_csv(path))
    path.write_bytes("x;y;classe\n0;0;été\n1;1;hiver\n".encode("latin-1"))
    assert read_csv(path).class_names == ("hiver", "été")


def test_read_csv_reads_utf16_with_bom(tmp_path):
    path = tmp_path / "excel.txt"
    path.write_bytes("x1\tx2\tlabel\n1\t2\t0\n-2.5\t3\t1\n0\t0.001\t1\n".encode("utf-16"))
    _check_simple(read_csv(path))


def test_read_csv_regression_and_missing_file(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("1,2,0.5\n3,4,7\n", encoding="utf-8")
    assert read_csv(path, regression=True).y.tolist() == [0.5, 7.0]
    with pytest.raises(CSVError) as info:
        read_csv(tmp_path / "missing.csv")
    assert info.value.line == 0 and "missing.csv" in str(info.value)


@pytest.mark.parametrize("name", ["flower", "spiral3", "multi_gaussian"])
def test_write_then_read_is_exact(tmp_path, name):
    d = make_dataset(name, m=300, seed=4)
    path = tmp_path / "out.csv"
    write_csv(d, path)
    assert path.read_text(encoding="utf-8").splitlines()[0] == "x1,x2,label"
    back = read_csv(path, regression=d.problem == "regression")
    assert np.array_equal(back.X, d.X) and np.array_equal(back.y, d.y)
    assert (back.problem, back.class_names) == (d.problem, d.class_names)
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_write_uses_class_names_and_quotes_them(tmp_path):
    d = from_points([[0.5, 1.0, 2.0], [0.0, -1.0, 3.0]], [1, 0, 1], "binary", ("cat", "dog, big"))
    path = tmp_path / "pets.csv"
    write_csv(d, path)
    assert path.read_text(encoding="utf-8").splitlines()[1] == '0.5,0.0,"dog, big"'
    back = read_csv(path)
    assert back.class_names == d.class_names and back.y.tolist() == [1, 0, 1]


def test_write_replaces_an_existing_file_and_reports_a_missing_folder(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("old", encoding="utf-8")
    write_csv(make_dataset("xor", m=10), path)
    assert read_csv(path).m == 10
    with pytest.raises(DatasetError, match="cannot write"):
        write_csv(make_dataset("xor", m=10), tmp_path / "no" / "such" / "dir.csv")
