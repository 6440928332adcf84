# expect: wrong_answer
# Thorough about temporary errors and duplicates, but never makes the
# service raise PermanentError.
from unittest import mock

from notifier import Notifier, TemporaryError

ANN = "ann@example.com"
BOB = "bob@example.com"


def test_arguments_and_order():
    service = mock.Mock()
    Notifier(service).send_batch([(ANN, "one"), (BOB, "two")])
    assert service.send.call_args_list == [mock.call(ANN, "one"), mock.call(BOB, "two")]


def test_retries_then_gives_up():
    service = mock.Mock()
    service.send.side_effect = TemporaryError()
    result = Notifier(service, retries=2).send_batch([(ANN, "one"), (BOB, "two")])
    assert result == {"sent": 0, "failed": [(ANN, "one"), (BOB, "two")], "duplicates": 0}
    assert service.send.call_count == 6


def test_success_on_the_last_retry():
    service = mock.Mock()
    service.send.side_effect = [TemporaryError(), TemporaryError(), None]
    assert Notifier(service, retries=2).send_batch([(ANN, "one")])["sent"] == 1


def test_duplicates():
    service = mock.Mock()
    result = Notifier(service).send_batch([(ANN, "one"), (ANN, "one"), (BOB, "one")])
    assert service.send.call_count == 2
    assert result["duplicates"] == 1
