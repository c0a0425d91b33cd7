/// CPython's `copy` module, in Python as CPython writes it, for the types Wick has: atomic values
/// are returned as they are, containers are rebuilt (deep copies through a memo, so shared and
/// cyclic structure is kept), objects use `__copy__`/`__deepcopy__` when their class defines them
/// and are otherwise rebuilt with `cls.__new__(cls)` and a copy of their `__dict__` (what
/// `object.__reduce_ex__` gives CPython). Tensors copy as PyTorch's `__reduce_ex__` rebuilds
/// them: `copy.copy` shares the storage, `copy.deepcopy` calls `Tensor.__deepcopy__`.
enum CopySource {
    static let files: [String: String] = ["copy": source]

    static let source = #"""
        class Error(Exception):
            pass

        error = Error

        __all__ = ['Error', 'copy', 'deepcopy']

        _atomic = (type(None), int, float, bool, str, type, type(range(0)), slice,
                   type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented))


        def _is_tensor(x):
            # Only objects with a __deepcopy__ method get here: tensors, or classes that define one.
            import torch
            return isinstance(x, torch.Tensor)


        def copy(x):
            cls = type(x)
            if cls in _atomic or cls in (tuple, frozenset) or issubclass(cls, type):
                return x
            if cls in (list, dict, set):
                return x.copy()
            copier = getattr(cls, '__copy__', None)
            if copier is not None:
                return copier(x)
            if getattr(x, '__deepcopy__', None) is not None and _is_tensor(x):
                import torch
                if isinstance(x, torch.nn.Parameter):
                    return torch.nn.Parameter(x.data, x.requires_grad)
                return x.detach().requires_grad_(x.requires_grad)
            if isinstance(x, dict):
                y = cls()
                _copy_state(x, y, None)
                y.update(x)
                return y
            if isinstance(x, (list, set)):
                y = cls(x)
                _copy_state(x, y, None)
                return y
            return _reconstruct(x, None)


        def deepcopy(x, memo=None, _nil=[]):
            d = id(x)
            if memo is None:
                memo = {}
            else:
                y = memo.get(d, _nil)
                if y is not _nil:
                    return y
            cls = type(x)
            if cls in _atomic or issubclass(cls, type):
                y = x
            elif cls is list:
                y = _deepcopy_list(x, memo)
            elif cls is tuple:
                y = _deepcopy_tuple(x, memo)
            elif cls is dict:
                y = _deepcopy_dict(x, memo, {})
            elif cls in (set, frozenset):
                y = cls(deepcopy(list(x), memo))
            else:
                copier = getattr(x, '__deepcopy__', None)
                if copier is not None:
                    y = copier(memo)
                elif isinstance(x, dict):
                    y = cls()
                    memo[d] = y
                    _copy_state(x, y, memo)
                    _deepcopy_dict(x, memo, y)
                elif isinstance(x, list):
                    y = cls()
                    memo[d] = y
                    _copy_state(x, y, memo)
                    for a in x:
                        y.append(deepcopy(a, memo))
                else:
                    y = _reconstruct(x, memo)
            if y is not x:
                memo[d] = y
                _keep_alive(x, memo)
            return y


        def _deepcopy_list(x, memo):
            y = []
            memo[id(x)] = y
            append = y.append
            for a in x:
                append(deepcopy(a, memo))
            return y


        def _deepcopy_tuple(x, memo):
            y = [deepcopy(a, memo) for a in x]
            try:
                return memo[id(x)]
            except KeyError:
                pass
            for k, j in zip(x, y):
                if k is not j:
                    y = tuple(y)
                    break
            else:
                y = x
            return y


        def _deepcopy_dict(x, memo, y):
            memo[id(x)] = y
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            return y


        def _copy_state(x, y, memo):
            state = getattr(x, '__dict__', None)
            if state:
                y.__dict__.update(state if memo is None else deepcopy(state, memo))


        def _keep_alive(x, memo):
            try:
                memo[id(memo)].append(x)
            except KeyError:
                memo[id(memo)] = [x]


        def _reconstruct(x, memo):
            cls = type(x)
            y = cls.__new__(cls)
            if memo is not None:
                memo[id(x)] = y
            state = x.__dict__
            if memo is not None:
                state = deepcopy(state, memo)
            setstate = getattr(y, '__setstate__', None)
            if setstate is not None:
                setstate(state)
            else:
                y.__dict__.update(state)
            return y
        """#
}
