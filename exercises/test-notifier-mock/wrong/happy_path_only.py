# expect: wrong_answer
# One notification to a service that never fails: nothing about retries,
# errors or duplicates is tested.
from unittest import mock

from notifier import Notifier


def test_sends_one_notification():
    service = mock.Mock()
    result = Notifier(service).send_batch([("ann@example.com", "hello")])
    service.send.assert_called_once_with("ann@example.com", "hello")
    assert result == {"sent": 1, "failed": [], "duplicates": 0}
