# tags: lang classes errors
class Registry:
    def __init__(self):
        object.__setattr__(self, "_params", {})
        self.lr = 0.1

    def __setattr__(self, name, value):
        if isinstance(value, float):
            self._params[name] = value
        else:
            super().__setattr__(name, value)

    def __getattr__(self, name):
        params = self.__dict__["_params"]
        if name in params:
            return params[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

r = Registry()
r.momentum = 0.9
r.name = "sgd"
print(r._params, r.lr, r.momentum, r.name, sorted(vars(r)))
print(hasattr(r, "missing"))
r.missing
