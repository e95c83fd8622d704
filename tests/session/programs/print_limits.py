# Prints the limits the host gave this process, one "NAME soft hard" line each.
import resource

for name in ("RLIMIT_DATA", "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_CORE"):
    soft, hard = resource.getrlimit(getattr(resource, name))
    print(name, soft, hard, flush=True)
