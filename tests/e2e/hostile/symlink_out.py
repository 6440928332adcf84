# Makes a symlink in the scratch dir that points at /tmp, then writes through
# it. Landlock checks the resolved path, so the write is refused.
import os


def run():
    # The scratch dir is shared by the tests of one check, which may run side
    # by side: each test process makes its own link.
    link = "link-%d" % os.getpid()
    os.symlink("/tmp/@@TOKEN@@", link)
    print("SENTINEL symlink_out", flush=True)
    with open(link, "w") as f:
        f.write("escaped\n")
    return 42
