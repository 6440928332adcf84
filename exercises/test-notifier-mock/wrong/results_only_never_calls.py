# expect: wrong_answer
# Checks only what send_batch returns, never how the service was called: an
# extra attempt, a retried PermanentError (when it fails every time) and
# swapped arguments all return the same summary.
from unittest import mock

from notifier import Notifier, PermanentError, TemporaryError

ANN = "ann@example.com"
BOB = "bob@example.com"


def test_success_after_temporary_errors():
    service = mock.Mock()
    service.send.side_effect = [TemporaryError(), TemporaryError(), None]
    assert Notifier(service, retries=2).send_batch([(ANN, "hi")]) == {
        "sent": 1, "failed": [], "duplicates": 0}


def test_always_busy_service_fails():
    service = mock.Mock()
    service.send.side_effect = TemporaryError()
    assert Notifier(service, retries=2).send_batch([(ANN, "hi")]) == {
        "sent": 0, "failed": [(ANN, "hi")], "duplicates": 0}


def test_permanent_error_fails():
    service = mock.Mock()
    service.send.side_effect = PermanentError()
    assert Notifier(service).send_batch([(ANN, "hi")]) == {
        "sent": 0, "failed": [(ANN, "hi")], "duplicates": 0}


def test_duplicates_are_counted():
    service = mock.Mock()
    result = Notifier(service).send_batch([(ANN, "hi"), (ANN, "hi"), (BOB, "hi")])
    assert result == {"sent": 2, "failed": [], "duplicates": 1}
