/// `torch.optim.Adam` and `AdamW` with PyTorch's single-tensor update.
extension OptimSources {
    /// `torch.optim.adam`.
    static let adam = #"""
        import torch
        from torch.optim.optimizer import Optimizer, _get_scalar_dtype, _get_value, _to_scalar

        class Adam(Optimizer):
            def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *,
                         foreach=None, maximize=False, capturable=False, differentiable=False, fused=None,
                         decoupled_weight_decay=False):
                if isinstance(lr, torch.Tensor) and lr.numel() != 1:
                    raise ValueError("Tensor lr must be 1-element")
                if not 0.0 <= lr:
                    raise ValueError(f"Invalid learning rate: {lr}")
                if not 0.0 <= eps:
                    raise ValueError(f"Invalid epsilon value: {eps}")
                if not 0.0 <= betas[0] < 1.0:
                    raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
                if not 0.0 <= betas[1] < 1.0:
                    raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
                if not 0.0 <= weight_decay:
                    raise ValueError(f"Invalid weight_decay value: {weight_decay}")
                if not (
                    (isinstance(betas[0], float) and isinstance(betas[1], float))
                    or (isinstance(betas[0], torch.Tensor) and isinstance(betas[1], torch.Tensor))
                ):
                    raise ValueError("betas must be either both floats or both Tensors")
                betas = (_to_scalar(betas[0]), _to_scalar(betas[1]))
                defaults = {
                    "lr": lr,
                    "betas": betas,
                    "eps": eps,
                    "weight_decay": weight_decay,
                    "amsgrad": amsgrad,
                    "maximize": maximize,
                    "foreach": foreach,
                    "capturable": capturable,
                    "differentiable": differentiable,
                    "fused": fused,
                    "decoupled_weight_decay": decoupled_weight_decay,
                }
                super().__init__(params, defaults)

            def _init_group(self, group, params_with_grad, grads, exp_avgs, exp_avg_sqs, max_exp_avg_sqs, state_steps):
                for p in group["params"]:
                    if p.grad is not None:
                        params_with_grad.append(p)
                        grads.append(p.grad)
                        state = self.state[p]
                        if len(state) == 0:
                            state["step"] = torch.tensor(0.0, dtype=_get_scalar_dtype())
                            state["exp_avg"] = torch.zeros_like(p)
                            state["exp_avg_sq"] = torch.zeros_like(p)
                            if group["amsgrad"]:
                                state["max_exp_avg_sq"] = torch.zeros_like(p)
                        exp_avgs.append(state["exp_avg"])
                        exp_avg_sqs.append(state["exp_avg_sq"])
                        if group["amsgrad"]:
                            max_exp_avg_sqs.append(state["max_exp_avg_sq"])
                        state_steps.append(state["step"])

            def step(self, closure=None):
                loss = None
                if closure is not None:
                    with torch.enable_grad():
                        loss = closure()
                with torch.no_grad():
                    for group in self.param_groups:
                        params_with_grad = []
                        grads = []
                        exp_avgs = []
                        exp_avg_sqs = []
                        max_exp_avg_sqs = []
                        state_steps = []
                        beta1, beta2 = group["betas"]
                        self._init_group(group, params_with_grad, grads, exp_avgs, exp_avg_sqs, max_exp_avg_sqs, state_steps)
                        _single_tensor_adam(
                            params_with_grad, grads, exp_avgs, exp_avg_sqs, max_exp_avg_sqs, state_steps,
                            amsgrad=group["amsgrad"], beta1=beta1, beta2=beta2, lr=group["lr"],
                            weight_decay=group["weight_decay"], eps=group["eps"], maximize=group["maximize"],
                            decoupled_weight_decay=group["decoupled_weight_decay"],
                        )
                return loss

        def _single_tensor_adam(params, grads, exp_avgs, exp_avg_sqs, max_exp_avg_sqs, state_steps, *,
                                amsgrad, beta1, beta2, lr, weight_decay, eps, maximize, decoupled_weight_decay):
            lr = _to_scalar(lr)
            beta1 = _to_scalar(beta1)
            beta2 = _to_scalar(beta2)
            for i, param in enumerate(params):
                grad = grads[i] if not maximize else -grads[i]
                exp_avg = exp_avgs[i]
                exp_avg_sq = exp_avg_sqs[i]
                step_t = state_steps[i]
                step_t += 1
                if weight_decay != 0:
                    if decoupled_weight_decay:
                        param.mul_(1 - lr * weight_decay)
                    else:
                        grad = grad.add(param, alpha=weight_decay)
                exp_avg.lerp_(grad, 1 - beta1)
                exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                step = _get_value(step_t)
                bias_correction1 = 1 - beta1**step
                bias_correction2 = 1 - beta2**step
                step_size = lr / bias_correction1
                bias_correction2_sqrt = bias_correction2**0.5
                if amsgrad:
                    max_exp_avg_sqs[i].copy_(torch.maximum(max_exp_avg_sqs[i], exp_avg_sq))
                    denom = (max_exp_avg_sqs[i].sqrt() / bias_correction2_sqrt).add_(eps)
                else:
                    denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
                param.addcdiv_(exp_avg, denom, value=-step_size)
        """#
    /// `torch.optim.adamw`.
    static let adamw = #"""
        from torch.optim.adam import Adam

        class AdamW(Adam):
            def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *,
                         maximize=False, foreach=None, capturable=False, differentiable=False, fused=None):
                super().__init__(
                    params, lr, betas, eps, weight_decay, amsgrad, foreach=foreach, maximize=maximize,
                    capturable=capturable, differentiable=differentiable, fused=fused, decoupled_weight_decay=True,
                )
        """#
}
