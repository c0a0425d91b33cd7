# tags: lang
import torch
v = torch.__version__
print(v >= "2.0", v >= "2.15", v < "3", v > "2.9", v >= "2.15.0", v < "2.16.0a0")
print(v > (2, 1), v >= (2, 15, 0), v < (3,))
print(isinstance(str(v), str), len(v.split(".")) >= 3, str(v).startswith("2."))
major, minor = int(v.split(".")[0]), int(v.split(".")[1])
print(major, minor, (major, minor) >= (2, 0))
if v >= "2.0":
    print("torch 2 features")
