class TemporaryError(Exception):
    """The service failed this time; the same call may succeed if made again."""


class PermanentError(Exception):
    """The service refused the notification; calling again will not help."""


class Notifier:
    def __init__(self, service, retries=2):
        self._service = service
        self._retries = retries

    def send_batch(self, notifications):
        sent = 0
        failed = []
        duplicates = 0
        seen = set()
        for address, message in notifications:
            key = (address, message)
            if key in seen:
                duplicates += 1
                continue
            seen.add(key)
            if self._deliver(address, message):
                sent += 1
            else:
                failed.append(key)
        return {"sent": sent, "failed": failed, "duplicates": duplicates}

    def _deliver(self, address, message):
        for _ in range(self._retries + 1):
            try:
                self._service.send(address, message)
            except TemporaryError:
                continue
            except PermanentError:
                return False
            break
        return True
