# expect: wrong_answer
# Tries duplicates with a single address only, so a Notifier that treats
# the same message to two people as a duplicate is not caught.
from unittest import mock

from notifier import Notifier, PermanentError, TemporaryError

ANN = "ann@example.com"
BOB = "bob@example.com"


def test_arguments():
    service = mock.Mock()
    Notifier(service).send_batch([(ANN, "one"), (BOB, "two")])
    assert service.send.call_args_list == [mock.call(ANN, "one"), mock.call(BOB, "two")]


def test_retries():
    service = mock.Mock()
    service.send.side_effect = [TemporaryError(), TemporaryError(), TemporaryError(), None]
    result = Notifier(service, retries=2).send_batch([(ANN, "one"), (BOB, "two")])
    assert result == {"sent": 1, "failed": [(ANN, "one")], "duplicates": 0}
    assert service.send.call_count == 4

    service = mock.Mock()
    service.send.side_effect = TemporaryError()
    Notifier(service, retries=2).send_batch([(ANN, "one")])
    assert service.send.call_count == 3


def test_no_retry_after_permanent_error():
    service = mock.Mock()
    service.send.side_effect = [PermanentError(), None]
    result = Notifier(service).send_batch([(ANN, "one"), (BOB, "two")])
    assert result == {"sent": 1, "failed": [(ANN, "one")], "duplicates": 0}
    assert service.send.call_count == 2


def test_duplicates():
    service = mock.Mock()
    result = Notifier(service).send_batch([(ANN, "one"), (ANN, "one"), (ANN, "two")])
    assert service.send.call_args_list == [mock.call(ANN, "one"), mock.call(ANN, "two")]
    assert result == {"sent": 2, "failed": [], "duplicates": 1}
