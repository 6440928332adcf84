# expect: wrong_answer
# Every failing notification is the last one of its batch, so a Notifier
# that gives up on the rest of the batch after a failure is never noticed.
from unittest import mock

from notifier import Notifier, PermanentError, TemporaryError

ANN = "ann@example.com"
BOB = "bob@example.com"


def test_arguments():
    service = mock.Mock()
    Notifier(service).send_batch([(ANN, "one"), (BOB, "two")])
    assert service.send.call_args_list == [mock.call(ANN, "one"), mock.call(BOB, "two")]


def test_temporary_errors():
    service = mock.Mock()
    service.send.side_effect = TemporaryError()
    result = Notifier(service, retries=3).send_batch([(ANN, "one")])
    assert result == {"sent": 0, "failed": [(ANN, "one")], "duplicates": 0}
    assert service.send.call_count == 4

    service = mock.Mock()
    service.send.side_effect = [TemporaryError(), None]
    assert Notifier(service, retries=1).send_batch([(ANN, "one")])["sent"] == 1


def test_permanent_error():
    service = mock.Mock()
    service.send.side_effect = [None, PermanentError()]
    result = Notifier(service).send_batch([(ANN, "one"), (BOB, "two")])
    assert result == {"sent": 1, "failed": [(BOB, "two")], "duplicates": 0}
    assert service.send.call_count == 2


def test_duplicates():
    service = mock.Mock()
    result = Notifier(service).send_batch([(ANN, "one"), (ANN, "one"), (BOB, "one")])
    assert service.send.call_count == 2
    assert result["duplicates"] == 1
