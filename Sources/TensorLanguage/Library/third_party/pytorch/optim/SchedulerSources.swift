/// `torch.optim.lr_scheduler` as PyTorch 2.15 writes it (recursive forms, closed forms for `step(epoch)`).
enum SchedulerSources {
    /// The modules by dotted name.
    static let files: [String: String] = ["torch.optim.lr_scheduler": lrScheduler]

    /// `torch.optim.lr_scheduler`.
    static let lrScheduler = #"""
        import math
        import warnings
        import torch
        from collections import Counter
        from torch.optim.optimizer import Optimizer, _to_scalar

        EPOCH_DEPRECATION_WARNING = (
            "The epoch parameter in `scheduler.step()` was not necessary and is being "
            "deprecated where possible. Please use `scheduler.step()` to step the "
            "scheduler. During the deprecation, if epoch is different from None, the "
            "closed form is used instead of the new chainable form, where available. "
            "Please open an issue if you are unable to replicate your use case: "
            "https://github.com/pytorch/pytorch/issues/new/choose."
        )

        def _param_groups_val_list(optimizer, key):
            return [group[key].clone() if isinstance(group[key], torch.Tensor) else group[key] for group in optimizer.param_groups]

        def _update_param_group_val(param_group, key, val):
            if isinstance(param_group[key], torch.Tensor):
                param_group[key].fill_(_to_scalar(val))
            else:
                param_group[key] = val

        class _StepCounter:
            """The optimizer's `step`, wrapped to note that it ran (PyTorch's `_wrapped_by_lr_sched`)."""

            _wrapped_by_lr_sched = True

            def __init__(self, optimizer, step):
                self._optimizer = optimizer
                self._step = step

            def __call__(self, *args, **kwargs):
                self._optimizer._opt_called = True
                return self._step(*args, **kwargs)

        class LRScheduler:
            _get_lr_called_within_step = False
            _is_initial = False

            def __init__(self, optimizer, last_epoch=-1):
                if not isinstance(optimizer, Optimizer):
                    raise TypeError(f"{type(optimizer).__name__} is not an Optimizer")
                self.optimizer = optimizer
                if last_epoch == -1:
                    for group in optimizer.param_groups:
                        initial_lr = group["lr"]
                        if isinstance(initial_lr, torch.Tensor):
                            initial_lr = initial_lr.clone()
                        group.setdefault("initial_lr", initial_lr)
                else:
                    for i, group in enumerate(optimizer.param_groups):
                        if "initial_lr" not in group:
                            raise KeyError(
                                f"param 'initial_lr' is not specified in param_groups[{i}] when resuming scheduler with last_epoch >= 0.\n"
                                "This typically happens when:\n"
                                "1. You're trying to resume training from a checkpoint but haven't properly loaded the optimizer state\n"
                                "2. You're using last_epoch >= 0 for a fresh training run (not recommended)"
                            )
                self.base_lrs = _param_groups_val_list(optimizer, "initial_lr")
                self.last_epoch = last_epoch
                if not hasattr(optimizer.step, "_wrapped_by_lr_sched"):
                    optimizer.step = _StepCounter(optimizer, optimizer.step)
                self._initial_step()

            def _initial_step(self):
                self._step_count = 0
                self._is_initial = True
                try:
                    self.step()
                finally:
                    self._is_initial = False

            def state_dict(self):
                return {key: value for key, value in self.__dict__.items() if key != "optimizer"}

            def load_state_dict(self, state_dict):
                self.__dict__.update(state_dict)

            def get_last_lr(self):
                return self._last_lr

            def get_lr(self):
                raise NotImplementedError

            def step(self, epoch=None):
                if self._step_count == 1:
                    if not hasattr(self.optimizer.step, "_wrapped_by_lr_sched"):
                        warnings.warn(
                            "Seems like `optimizer.step()` has been overridden after learning rate scheduler "
                            "initialization. Please, make sure to call `optimizer.step()` before "
                            "`lr_scheduler.step()`. See more details at "
                            "https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate",
                            UserWarning,
                            stacklevel=2,
                        )
                    elif not getattr(self.optimizer, "_opt_called", False):
                        warnings.warn(
                            "Detected call of `lr_scheduler.step()` before `optimizer.step()`. "
                            "In PyTorch 1.1.0 and later, you should call them in the opposite order: "
                            "`optimizer.step()` before `lr_scheduler.step()`.  Failure to do this "
                            "will result in PyTorch skipping the first value of the learning rate schedule. "
                            "See more details at "
                            "https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate",
                            UserWarning,
                            stacklevel=2,
                        )
                self._step_count += 1
                if epoch is not None:
                    warnings.warn(EPOCH_DEPRECATION_WARNING, UserWarning, stacklevel=2)
                self._update_lr(epoch)

            def _update_lr(self, epoch=None):
                self._get_lr_called_within_step = True
                try:
                    if epoch is None:
                        self.last_epoch += 1
                        values = self.get_lr()
                    else:
                        self.last_epoch = epoch
                        if hasattr(self, "_get_closed_form_lr"):
                            values = self._get_closed_form_lr()
                        else:
                            values = self.get_lr()
                finally:
                    self._get_lr_called_within_step = False
                for param_group, lr in zip(self.optimizer.param_groups, values):
                    _update_param_group_val(param_group, "lr", lr)
                self._last_lr = _param_groups_val_list(self.optimizer, "lr")

        def _warn_get_lr_called_within_step(lr_scheduler):
            if not lr_scheduler._get_lr_called_within_step:
                warnings.warn(
                    "To get the last learning rate computed by the scheduler, please use `get_last_lr()`.",
                    UserWarning,
                    stacklevel=2,
                )

        class _LRScheduler(LRScheduler):
            pass

        class LambdaLR(LRScheduler):
            def __init__(self, optimizer, lr_lambda, last_epoch=-1):
                self.optimizer = optimizer
                if not isinstance(lr_lambda, list) and not isinstance(lr_lambda, tuple):
                    self.lr_lambdas = [lr_lambda] * len(optimizer.param_groups)
                else:
                    if len(lr_lambda) != len(optimizer.param_groups):
                        raise ValueError(f"Expected {len(optimizer.param_groups)} lr_lambdas, but got {len(lr_lambda)}")
                    self.lr_lambdas = list(lr_lambda)
                super().__init__(optimizer, last_epoch)

            def state_dict(self):
                state_dict = {key: value for key, value in self.__dict__.items() if key not in ("optimizer", "lr_lambdas")}
                state_dict["lr_lambdas"] = [None] * len(self.lr_lambdas)
                return state_dict

            def get_lr(self):
                _warn_get_lr_called_within_step(self)
                return [base_lr * lmbda(self.last_epoch) for lmbda, base_lr in zip(self.lr_lambdas, self.base_lrs)]

        class StepLR(LRScheduler):
            def __init__(self, optimizer, step_size, gamma=0.1, last_epoch=-1):
                self.step_size = step_size
                self.gamma = gamma
                super().__init__(optimizer, last_epoch)

            def get_lr(self):
                _warn_get_lr_called_within_step(self)
                if (self.last_epoch == 0) or (self.last_epoch % self.step_size != 0):
                    return _param_groups_val_list(self.optimizer, "lr")
                return [group["lr"] * self.gamma for group in self.optimizer.param_groups]

            def _get_closed_form_lr(self):
                return [base_lr * self.gamma ** (self.last_epoch // self.step_size) for base_lr in self.base_lrs]

        class MultiStepLR(LRScheduler):
            def __init__(self, optimizer, milestones, gamma=0.1, last_epoch=-1):
                self.milestones = Counter(milestones)
                self.gamma = gamma
                super().__init__(optimizer, last_epoch)

            def get_lr(self):
                _warn_get_lr_called_within_step(self)
                if self.last_epoch not in self.milestones:
                    return _param_groups_val_list(self.optimizer, "lr")
                return [group["lr"] * self.gamma ** self.milestones[self.last_epoch] for group in self.optimizer.param_groups]

            def _get_closed_form_lr(self):
                passed = sum(count for milestone, count in self.milestones.items() if milestone <= self.last_epoch)
                return [base_lr * self.gamma**passed for base_lr in self.base_lrs]

        class LinearLR(LRScheduler):
            def __init__(self, optimizer, start_factor=1.0 / 3, end_factor=1.0, total_iters=5, last_epoch=-1):
                if start_factor > 1.0 or start_factor <= 0:
                    raise ValueError("Starting multiplicative factor expected to be greater than 0 and less or equal to 1.")
                if end_factor > 1.0 or end_factor < 0:
                    raise ValueError("Ending multiplicative factor expected to be between 0 and 1.")
                self.start_factor = start_factor
                self.end_factor = end_factor
                self.total_iters = total_iters
                super().__init__(optimizer, last_epoch)

            def get_lr(self):
                _warn_get_lr_called_within_step(self)
                if self.last_epoch == 0:
                    return [group["lr"] * self.start_factor for group in self.optimizer.param_groups]
                if self._is_initial or self.last_epoch > self.total_iters:
                    return _param_groups_val_list(self.optimizer, "lr")
                return [
                    group["lr"]
                    * (
                        1.0
                        + (self.end_factor - self.start_factor)
                        / (self.total_iters * self.start_factor + (self.last_epoch - 1) * (self.end_factor - self.start_factor))
                    )
                    for group in self.optimizer.param_groups
                ]

            def _get_closed_form_lr(self):
                return [
                    base_lr
                    * (self.start_factor + (self.end_factor - self.start_factor) * min(self.total_iters, self.last_epoch) / self.total_iters)
                    for base_lr in self.base_lrs
                ]

        class ExponentialLR(LRScheduler):
            def __init__(self, optimizer, gamma, last_epoch=-1):
                self.gamma = gamma
                super().__init__(optimizer, last_epoch)

            def get_lr(self):
                _warn_get_lr_called_within_step(self)
                if self._is_initial:
                    return _param_groups_val_list(self.optimizer, "lr")
                return [group["lr"] * self.gamma for group in self.optimizer.param_groups]

            def _get_closed_form_lr(self):
                return [base_lr * self.gamma**self.last_epoch for base_lr in self.base_lrs]

        class CosineAnnealingLR(LRScheduler):
            def __init__(self, optimizer, T_max, eta_min=0.0, last_epoch=-1):
                self.T_max = T_max
                self.eta_min = eta_min
                super().__init__(optimizer, last_epoch)

            def get_lr(self):
                _warn_get_lr_called_within_step(self)
                if self._is_initial:
                    return _param_groups_val_list(self.optimizer, "lr")
                elif self._step_count == 1 and self.last_epoch > 0:
                    return [
                        self.eta_min + (base_lr - self.eta_min) * (1 + math.cos((self.last_epoch) * math.pi / self.T_max)) / 2
                        for base_lr, group in zip(self.base_lrs, self.optimizer.param_groups)
                    ]
                elif (self.last_epoch - 1 - self.T_max) % (2 * self.T_max) == 0:
                    return [
                        group["lr"] + (base_lr - self.eta_min) * (1 - math.cos(math.pi / self.T_max)) / 2
                        for base_lr, group in zip(self.base_lrs, self.optimizer.param_groups)
                    ]
                return [
                    (1 + math.cos(math.pi * self.last_epoch / self.T_max))
                    / (1 + math.cos(math.pi * (self.last_epoch - 1) / self.T_max))
                    * (group["lr"] - self.eta_min)
                    + self.eta_min
                    for group in self.optimizer.param_groups
                ]

            def _get_closed_form_lr(self):
                return [
                    self.eta_min + (base_lr - self.eta_min) * (1 + math.cos(math.pi * self.last_epoch / self.T_max)) / 2
                    for base_lr in self.base_lrs
                ]
        """#
}
