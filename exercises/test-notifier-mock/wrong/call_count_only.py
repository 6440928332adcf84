# expect: wrong_answer
# Counts the calls to the service but never looks at their arguments, so
# it cannot tell `send(address, message)` from `send(message, address)`.
from unittest import mock

from notifier import Notifier, PermanentError, TemporaryError

ANN = "ann@example.com"
BOB = "bob@example.com"


def test_one_call_per_notification():
    service = mock.Mock()
    result = Notifier(service).send_batch([(ANN, "one"), (BOB, "two")])
    assert service.send.call_count == 2
    assert result == {"sent": 2, "failed": [], "duplicates": 0}


def test_retries():
    service = mock.Mock()
    service.send.side_effect = TemporaryError()
    result = Notifier(service, retries=2).send_batch([(ANN, "one"), (BOB, "two")])
    assert service.send.call_count == 6
    assert result == {"sent": 0, "failed": [(ANN, "one"), (BOB, "two")], "duplicates": 0}


def test_no_retry_after_permanent_error():
    service = mock.Mock()
    service.send.side_effect = [PermanentError(), None]
    result = Notifier(service).send_batch([(ANN, "one"), (BOB, "two")])
    assert service.send.call_count == 2
    assert result == {"sent": 1, "failed": [(ANN, "one")], "duplicates": 0}


def test_duplicates():
    service = mock.Mock()
    result = Notifier(service).send_batch([(ANN, "one"), (ANN, "one"), (BOB, "one")])
    assert service.send.call_count == 2
    assert result["duplicates"] == 1
