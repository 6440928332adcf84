import unittest
from unittest import mock

from notifier import Notifier, PermanentError, TemporaryError

ANN = "ann@example.com"
BOB = "bob@example.com"


def make_service(side_effect=None):
    service = mock.Mock()
    service.send.side_effect = side_effect
    return service


def test_sends_each_notification_as_address_then_message():
    service = make_service()
    result = Notifier(service).send_batch([(ANN, "hello"), (BOB, "bye")])
    assert service.send.call_args_list == [mock.call(ANN, "hello"), mock.call(BOB, "bye")]
    assert result == {"sent": 2, "failed": [], "duplicates": 0}


def test_empty_batch_sends_nothing():
    service = make_service()
    assert Notifier(service).send_batch([]) == {"sent": 0, "failed": [], "duplicates": 0}
    service.send.assert_not_called()


def test_temporary_errors_are_retried_until_success():
    service = make_service([TemporaryError(), TemporaryError(), None])
    result = Notifier(service, retries=2).send_batch([(ANN, "hello")])
    assert result == {"sent": 1, "failed": [], "duplicates": 0}
    assert service.send.call_args_list == [mock.call(ANN, "hello")] * 3


def test_gives_up_after_retries_plus_one_attempts():
    service = make_service(TemporaryError("busy"))
    result = Notifier(service, retries=2).send_batch([(ANN, "hello")])
    assert result == {"sent": 0, "failed": [(ANN, "hello")], "duplicates": 0}
    assert service.send.call_count == 3

    service = make_service(TemporaryError("busy"))
    Notifier(service, retries=4).send_batch([(ANN, "hello")])
    assert service.send.call_count == 5


def test_zero_retries_means_a_single_attempt():
    service = make_service([TemporaryError(), None])
    result = Notifier(service, retries=0).send_batch([(ANN, "hello")])
    assert result == {"sent": 0, "failed": [(ANN, "hello")], "duplicates": 0}
    assert service.send.call_count == 1

    service = make_service()
    assert Notifier(service, retries=0).send_batch([(ANN, "hello")])["sent"] == 1


def test_permanent_error_is_not_retried():
    service = make_service([PermanentError("no such address"), None])
    result = Notifier(service, retries=3).send_batch([(ANN, "hello")])
    assert result == {"sent": 0, "failed": [(ANN, "hello")], "duplicates": 0}
    assert service.send.call_count == 1


def test_permanent_error_on_a_retry_stops_the_retries():
    service = make_service([TemporaryError(), PermanentError(), None])
    result = Notifier(service, retries=5).send_batch([(ANN, "hello")])
    assert result["failed"] == [(ANN, "hello")]
    assert service.send.call_count == 2


def test_a_failure_does_not_stop_the_batch():
    def send(address, message):
        if address == BOB:
            raise PermanentError("unknown user")

    service = make_service(send)
    result = Notifier(service).send_batch([(ANN, "one"), (BOB, "two"), (ANN, "three")])
    assert result == {"sent": 2, "failed": [(BOB, "two")], "duplicates": 0}
    assert service.send.call_args_list == [
        mock.call(ANN, "one"), mock.call(BOB, "two"), mock.call(ANN, "three")]


def test_identical_notifications_are_sent_once():
    service = make_service()
    batch = [(ANN, "hello"), (ANN, "hello"), (BOB, "hello"), (ANN, "bye"), (ANN, "hello")]
    result = Notifier(service).send_batch(batch)
    assert service.send.call_args_list == [
        mock.call(ANN, "hello"), mock.call(BOB, "hello"), mock.call(ANN, "bye")]
    assert result == {"sent": 3, "failed": [], "duplicates": 2}


def test_each_batch_is_deduplicated_on_its_own():
    service = make_service()
    notifier = Notifier(service)
    notifier.send_batch([(ANN, "hello")])
    assert notifier.send_batch([(ANN, "hello")]) == {"sent": 1, "failed": [], "duplicates": 0}
    assert service.send.call_count == 2


def test_other_exceptions_propagate():
    service = make_service(RuntimeError("service is down"))
    with unittest.TestCase().assertRaises(RuntimeError):
        Notifier(service).send_batch([(ANN, "hello")])
    assert service.send.call_count == 1
