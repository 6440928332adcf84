# Looks for a file the test suite made in the host's /tmp before this run:
# another job's files must be out of sight.
import os


def run():
    print("SENTINEL stat_host_tmp_file", flush=True)
    return 42 if os.path.exists("@@TMP_MARKER@@") or os.path.isdir("/tmp") else 0
