# expect: wrong_answer
# Believes that time spent full is saved up: the statement says tokens
# earned while full are lost, so this test fails on the correct bucket.
from unittest import mock

from token_bucket import TokenBucket


def test_saved_up_tokens():
    with mock.patch("token_bucket.time.monotonic") as clock:
        clock.return_value = 10.0
        bucket = TokenBucket(2, 2)
        clock.return_value = 11.0
        assert bucket.try_take(2) is True
        assert bucket.try_take(2) is True
