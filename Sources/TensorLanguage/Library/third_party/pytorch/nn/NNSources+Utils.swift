extension NNSources {
    /// `torch.nn.utils`, gradient clipping in PyTorch's order (per-tensor norms, the norm of their stack, one clamped coefficient).
    static let utilsSource = #"""
        import torch

        def get_total_norm(tensors, norm_type=2.0, error_if_nonfinite=False, foreach=None):
            if isinstance(tensors, torch.Tensor):
                tensors = [tensors]
            else:
                tensors = list(tensors)
            norm_type = float(norm_type)
            if len(tensors) == 0:
                return torch.tensor(0.0)
            with torch.no_grad():
                norms = [torch.linalg.vector_norm(g, norm_type) for g in tensors]
                total_norm = torch.linalg.vector_norm(torch.stack(norms), norm_type)
            if error_if_nonfinite and (total_norm.isnan() or total_norm.isinf()):
                raise RuntimeError(f'The total norm of order {norm_type} for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`')
            return total_norm

        def clip_grads_with_norm_(parameters, max_norm, total_norm, foreach=None):
            if isinstance(parameters, torch.Tensor):
                parameters = [parameters]
            grads = [p.grad for p in parameters if p.grad is not None]
            max_norm = float(max_norm)
            if len(grads) == 0:
                return
            with torch.no_grad():
                clip_coef = max_norm / (total_norm + 1e-06)
                clip_coef_clamped = torch.clamp(clip_coef, max=1.0)
                for g in grads:
                    g.mul_(clip_coef_clamped)

        def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
            if isinstance(parameters, torch.Tensor):
                parameters = [parameters]
            else:
                parameters = list(parameters)
            grads = [p.grad for p in parameters if p.grad is not None]
            total_norm = get_total_norm(grads, norm_type, error_if_nonfinite, foreach)
            clip_grads_with_norm_(parameters, max_norm, total_norm, foreach)
            return total_norm

        def clip_grad_value_(parameters, clip_value, foreach=None):
            if isinstance(parameters, torch.Tensor):
                parameters = [parameters]
            clip_value = float(clip_value)
            with torch.no_grad():
                for p in parameters:
                    if p.grad is not None:
                        p.grad.clamp_(min=-clip_value, max=clip_value)

        def parameters_to_vector(parameters):
            return torch.cat([param.view(-1) for param in parameters])

        def vector_to_parameters(vec, parameters):
            if not isinstance(vec, torch.Tensor):
                raise TypeError(f'expected torch.Tensor, but got: {torch.typename(vec)}')
            pointer = 0
            for param in parameters:
                num_param = param.numel()
                param.data = vec[pointer:pointer + num_param].view_as(param).data
                pointer += num_param
        """#
}
