# tags: lang
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.getrecursionlimit(), sys.maxsize, sys.platform)
written = sys.stdout.write("written directly\n")
print(written)
sys.stdout.flush()
print(sys.argv[1:], type(sys.argv))
