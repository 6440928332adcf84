# expect: wrong_answer
# Reads "retries=2" as "two calls in all": the first attempt is not a retry,
# so this test fails on the correct implementation and catches nothing.
from unittest import mock

from notifier import Notifier, TemporaryError


def test_sends_one_notification():
    service = mock.Mock()
    Notifier(service).send_batch([("ann@example.com", "hello")])
    service.send.assert_called_once_with("ann@example.com", "hello")


def test_gives_up_after_the_retries():
    service = mock.Mock()
    service.send.side_effect = TemporaryError()
    result = Notifier(service, retries=2).send_batch([("ann@example.com", "hello")])
    assert result["sent"] == 0
    assert service.send.call_count == 2
