# tags: lang
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


nums = [1, 2, 3]
opts = {"sep": "-", "end": "!\n"}
print(show(*nums, 4, *"ab"))
print(show(**{"x": 1}, y=2, **{"z": 3}))
print(show(0, *range(2), key="v", **opts))
print(*nums, **opts)
print([*nums, *nums[::-1]], (*nums, 0), {*nums, 2, 10})
print({**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
merged = {**opts, "sep": "+"}
print(merged)
print(max(*nums), min(*[7, 4, 9]))
print([*"hi", *(1,), *{5: None}])
