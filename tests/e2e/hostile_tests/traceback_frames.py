# expect: rule_violation
# Walks an exception's frames into the implementation's code.
from clamp import clamp


def test_frames():
    try:
        clamp(1, 5, 0)
    except ValueError as error:
        assert error.__traceback__.tb_next.tb_frame.f_code.co_firstlineno == 1
