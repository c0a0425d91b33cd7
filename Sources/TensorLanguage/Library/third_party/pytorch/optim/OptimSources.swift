/// `torch.optim`: the `Optimizer` base class and its package.
enum OptimSources {
    /// The modules by dotted name.
    static let files: [String: String] = [
        "torch.optim": optimPackage,
        "torch.optim.optimizer": optimizer,
        "torch.optim.sgd": sgd,
        "torch.optim.adam": adam,
        "torch.optim.adamw": adamw,
        "torch.optim.rmsprop": rmsprop,
        "torch.optim.adagrad": adagrad,
    ]

    /// `torch.optim`.
    static let optimPackage = #"""
        from torch.optim.optimizer import Optimizer
        from torch.optim.sgd import SGD
        from torch.optim.adam import Adam
        from torch.optim.adamw import AdamW
        from torch.optim.rmsprop import RMSprop
        from torch.optim.adagrad import Adagrad
        from torch.optim import lr_scheduler
        """#
    /// `torch.optim.optimizer`.
    static let optimizer = #"""
        import torch
        from collections import defaultdict
        import warnings

        class _RequiredParameter:
            def __repr__(self):
                return "<required parameter>"

        required = _RequiredParameter()

        def _get_value(x):
            return x.item() if isinstance(x, torch.Tensor) else x

        def _to_scalar(x):
            if isinstance(x, torch.Tensor) and x.dim() != 0:
                return x.squeeze()
            return x

        def _get_scalar_dtype(is_fused=None):
            if is_fused:
                return torch.float32
            return torch.float64 if torch.tensor(0.0).dtype == torch.float64 else torch.float32

        def _typename(obj):
            if isinstance(obj, torch.Tensor):
                return obj.type()
            module = type(obj).__module__
            qualname = type(obj).__qualname__
            if module in ("", "builtins"):
                return qualname
            return module + "." + qualname

        def _clone_value(value, memo):
            if isinstance(value, torch.Tensor):
                return value
            if isinstance(value, dict):
                return {k: _clone_value(v, memo) for k, v in value.items()}
            if isinstance(value, list):
                return [_clone_value(v, memo) for v in value]
            if isinstance(value, tuple):
                return tuple(_clone_value(v, memo) for v in value)
            return value

        class Optimizer:
            def __init__(self, params, defaults):
                self.defaults = defaults
                if isinstance(params, torch.Tensor):
                    raise TypeError(
                        "params argument given to the optimizer should be an iterable of Tensors or dicts, but got "
                        + _typename(params)
                    )
                self.state = defaultdict(dict)
                self.param_groups = []
                param_groups = list(params)
                if len(param_groups) == 0:
                    raise ValueError("optimizer got an empty parameter list")
                if not isinstance(param_groups[0], dict):
                    param_groups = [{"params": param_groups}]
                for param_group in param_groups:
                    self.add_param_group(param_group)

            def __getstate__(self):
                return {"defaults": self.defaults, "state": self.state, "param_groups": self.param_groups}

            def __repr__(self):
                format_string = self.__class__.__name__ + " ("
                for i, group in enumerate(self.param_groups):
                    format_string += "\n"
                    format_string += f"Parameter Group {i}\n"
                    for key in sorted(group.keys()):
                        if key != "params":
                            format_string += f"    {key}: {group[key]}\n"
                format_string += ")"
                return format_string

            def state_dict(self):
                param_mappings = {}
                start_index = 0
                param_groups = []
                for group in self.param_groups:
                    packed = {k: v for k, v in group.items() if k != "params"}
                    for i, p in enumerate(group["params"], start_index):
                        if id(p) not in param_mappings:
                            param_mappings[id(p)] = i
                    packed["params"] = [param_mappings[id(p)] for p in group["params"]]
                    start_index += len(packed["params"])
                    param_groups.append(packed)
                packed_state = {
                    (param_mappings[id(k)] if isinstance(k, torch.Tensor) else k): v for k, v in self.state.items()
                }
                return {"state": packed_state, "param_groups": param_groups}

            @staticmethod
            def _process_value_according_to_param_policy(param, value, param_id, param_groups, key=None):
                if key == "step":
                    return value
                if param.dtype in (torch.float32, torch.float64):
                    return value.to(dtype=param.dtype)
                return value

            def load_state_dict(self, state_dict):
                state_dict = state_dict.copy()
                groups = self.param_groups
                saved_groups = _clone_value(state_dict["param_groups"], None)
                if len(groups) != len(saved_groups):
                    raise ValueError("loaded state dict has a different number of parameter groups")
                for g, s in zip(groups, saved_groups):
                    if len(g["params"]) != len(s["params"]):
                        raise ValueError(
                            "loaded state dict contains a parameter group that doesn't match the size of optimizer's group"
                        )
                id_map = {}
                for g, s in zip(groups, saved_groups):
                    for old_id, p in zip(s["params"], g["params"]):
                        id_map[old_id] = p

                def _cast(param, value, param_id=None, param_groups=None, key=None):
                    if isinstance(value, torch.Tensor):
                        return Optimizer._process_value_according_to_param_policy(param, value, param_id, param_groups, key)
                    elif isinstance(value, dict):
                        return {k: _cast(param, v, param_id=param_id, param_groups=param_groups, key=k) for k, v in value.items()}
                    elif isinstance(value, list):
                        return [_cast(param, v, param_id=param_id, param_groups=param_groups) for v in value]
                    elif isinstance(value, tuple):
                        return tuple(_cast(param, v, param_id=param_id, param_groups=param_groups) for v in value)
                    return value

                state = defaultdict(dict)
                for k, v in state_dict["state"].items():
                    if k in id_map:
                        param = id_map[k]
                        state[param] = _cast(param, v, param_id=k, param_groups=state_dict["param_groups"])
                    else:
                        state[k] = v

                def update_group(group, new_group):
                    new_group["params"] = group["params"]
                    if "param_names" in group and "param_names" not in new_group:
                        new_group["param_names"] = group["param_names"]
                    return new_group

                self.state = state
                self.param_groups = [update_group(g, ng) for g, ng in zip(groups, saved_groups)]

            def zero_grad(self, set_to_none=True):
                for group in self.param_groups:
                    for p in group["params"]:
                        if p.grad is not None:
                            if set_to_none:
                                p.grad = None
                            else:
                                if p.grad.grad_fn is not None:
                                    p.grad.detach_()
                                else:
                                    p.grad.requires_grad_(False)
                                p.grad.zero_()

            def step(self, closure=None):
                raise NotImplementedError

            def add_param_group(self, param_group):
                if not isinstance(param_group, dict):
                    raise TypeError(f"param_group must be a dict, but got {type(param_group)}")
                params = param_group["params"]
                if isinstance(params, torch.Tensor):
                    param_group["params"] = [params]
                elif isinstance(params, set):
                    raise TypeError(
                        "optimizer parameters need to be organized in ordered collections, but "
                        "the ordering of tensors in sets will change between runs. Please use a list instead."
                    )
                else:
                    param_group["params"] = list(params)
                extracted_param_tensors = []
                extracted_param_names = []
                for param in param_group["params"]:
                    if isinstance(param, tuple):
                        extracted_param_names.append(param[0])
                        extracted_param_tensors.append(param[1])
                    else:
                        extracted_param_tensors.append(param)
                param_group["params"] = extracted_param_tensors
                if len(extracted_param_names) != 0:
                    if len(extracted_param_names) == len(extracted_param_tensors):
                        param_group["param_names"] = extracted_param_names
                    else:
                        raise ValueError("all optimizer params should be with/without names. Some param names are missing")
                for param in param_group["params"]:
                    if not isinstance(param, torch.Tensor):
                        raise TypeError("optimizer can only optimize Tensors, but one of the params is " + _typename(param))
                    if not self.defaults.get("differentiable", None) and not (param.is_leaf or param.retains_grad):
                        raise ValueError("can't optimize a non-leaf Tensor")
                for name, default in self.defaults.items():
                    if default is required and name not in param_group:
                        raise ValueError(f"parameter group didn't specify a value of required optimization parameter {name}")
                    else:
                        param_group.setdefault(name, default)
                params = param_group["params"]
                if len(params) != len(set(params)):
                    warnings.warn(
                        "optimizer contains a parameter group with duplicate parameters; "
                        "in future, this will cause an error; "
                        "see github.com/pytorch/pytorch/issues/40967 for more information",
                        stacklevel=3,
                    )
                param_set = set()
                for group in self.param_groups:
                    param_set.update(set(group["params"]))
                    if ("param_names" in param_group) != ("param_names" in group):
                        current_group_txt = "with names" if "param_names" in param_group else "without names"
                        raise ValueError(
                            "all optimizer param groups should be with/without names. "
                            f"cannot add param group {current_group_txt} to the optimizer"
                        )
                if not param_set.isdisjoint(set(param_group["params"])):
                    raise ValueError("some parameters appear in more than one parameter group")
                self.param_groups.append(param_group)
        """#
}
