"""The exam bank (instructors only): 3 questions per content lesson in zh and en, and `kamlab course exam`."""

import re

import pytest

from kamlab.cli import main
from kamlab.course import exam
from kamlab.errors import KamlabValueError

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_three_to_five_questions_per_lesson_in_both_languages():
    lessons = [q.lesson for q in exam.EXAM_BANK]
    assert sorted(set(lessons)) == ["01", "02", "03", "04", "05", "06", "07"]
    assert all(3 <= lessons.count(lesson) <= 5 for lesson in set(lessons))
    for q in exam.EXAM_BANK:
        for zh, en in (q.question, q.answer, q.marking):
            assert CJK.search(zh) and en.strip() and not CJK.search(en), q.question[1]
        assert q.points > 0
    assert "以为格力离不开" not in exam.exam_document(lang="zh")


def test_document_lists_every_question_with_answer_and_marking():
    for lang, answer in (("zh", "**参考答案。**"), ("en", "**Model answer.**")):
        doc = exam.exam_document(lang=lang)
        assert doc.count(answer) == len(exam.EXAM_BANK)
        assert all(q.question[0 if lang == "zh" else 1] in doc for q in exam.EXAM_BANK)
    # the K3 threshold item: p < 20 / (20 + 30) = 0.4, by hand
    (k3,) = [q for q in exam.EXAM_BANK if "Below which p" in q.question[1]]
    assert "20 / 50 = 0.4" in k3.answer[1]


def test_cli_writes_the_exam_and_never_overwrites(tmp_path, capsys):
    out = tmp_path / "exam.md"
    assert main(["course", "exam", str(out), "--lang", "en"]) == 0
    assert out.read_text(encoding="utf-8") == exam.exam_document(lang="en")
    out.write_text("mine", encoding="utf-8")
    assert main(["course", "exam", str(out)]) == 2
    assert "exists" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "mine"
    assert main(["--lang", "zh", "course", "exam", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# 大客户管理实验室：试题库")
    assert [p.name for p in tmp_path.iterdir()] == ["exam.md"]  # no temporary file left
    with pytest.raises(KamlabValueError, match="folder .* does not exist"):
        exam.write_exam(tmp_path / "missing" / "exam.md")
