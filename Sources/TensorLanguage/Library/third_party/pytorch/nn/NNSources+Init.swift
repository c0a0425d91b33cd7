extension NNSources {
    /// `torch.nn.init`, written as PyTorch writes it so that seeded initialisation draws the same numbers.
    static let initSource = #"""
        import math
        import warnings
        import torch

        def _no_grad_uniform_(tensor, a, b, generator=None):
            with torch.no_grad():
                if generator is None:
                    return tensor.uniform_(a, b)
                return tensor.uniform_(a, b, generator=generator)

        def _no_grad_normal_(tensor, mean, std, generator=None):
            with torch.no_grad():
                if generator is None:
                    return tensor.normal_(mean, std)
                return tensor.normal_(mean, std, generator=generator)

        def _no_grad_fill_(tensor, val):
            with torch.no_grad():
                return tensor.fill_(val)

        def _no_grad_zero_(tensor):
            with torch.no_grad():
                return tensor.zero_()

        def calculate_gain(nonlinearity, param=None):
            linear_fns = ['linear', 'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d']
            if nonlinearity in linear_fns or nonlinearity == 'sigmoid':
                return 1
            elif nonlinearity == 'tanh':
                return 5.0 / 3
            elif nonlinearity == 'relu':
                return math.sqrt(2.0)
            elif nonlinearity == 'leaky_relu':
                if param is None:
                    negative_slope = 0.01
                elif not isinstance(param, bool) and isinstance(param, int) or isinstance(param, float):
                    negative_slope = param
                else:
                    raise ValueError(f'negative_slope {param} not a valid number')
                return math.sqrt(2.0 / (1 + negative_slope ** 2))
            elif nonlinearity == 'selu':
                return 3.0 / 4
            else:
                raise ValueError(f'Unsupported nonlinearity {nonlinearity}')

        def uniform_(tensor, a=0.0, b=1.0, generator=None):
            return _no_grad_uniform_(tensor, a, b, generator)

        def normal_(tensor, mean=0.0, std=1.0, generator=None):
            return _no_grad_normal_(tensor, mean, std, generator)

        def constant_(tensor, val):
            return _no_grad_fill_(tensor, val)

        def ones_(tensor):
            return _no_grad_fill_(tensor, 1.0)

        def zeros_(tensor):
            return _no_grad_zero_(tensor)

        def eye_(tensor):
            if tensor.ndimension() != 2:
                raise ValueError('Only tensors with 2 dimensions are supported')
            with torch.no_grad():
                tensor.copy_(torch.eye(tensor.shape[0], tensor.shape[1]))
            return tensor

        def _calculate_fan_in_and_fan_out(tensor):
            dimensions = tensor.dim()
            if dimensions < 2:
                raise ValueError('Fan in and fan out can not be computed for tensor with fewer than 2 dimensions')
            num_input_fmaps = tensor.size(1)
            num_output_fmaps = tensor.size(0)
            receptive_field_size = 1
            if tensor.dim() > 2:
                for s in tensor.shape[2:]:
                    receptive_field_size *= s
            fan_in = num_input_fmaps * receptive_field_size
            fan_out = num_output_fmaps * receptive_field_size
            return (fan_in, fan_out)

        def xavier_uniform_(tensor, gain=1.0, generator=None):
            fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
            std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
            a = math.sqrt(3.0) * std
            return _no_grad_uniform_(tensor, -a, a, generator)

        def xavier_normal_(tensor, gain=1.0, generator=None):
            fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
            std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
            return _no_grad_normal_(tensor, 0.0, std, generator)

        def _calculate_correct_fan(tensor, mode):
            mode = mode.lower()
            valid_modes = ['fan_in', 'fan_out']
            if mode not in valid_modes:
                raise ValueError(f'Mode {mode} not supported, please use one of {valid_modes}')
            fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
            return fan_in if mode == 'fan_in' else fan_out

        def kaiming_uniform_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None):
            if 0 in tensor.shape:
                warnings.warn('Initializing zero-element tensors is a no-op')
                return tensor
            fan = _calculate_correct_fan(tensor, mode)
            gain = calculate_gain(nonlinearity, a)
            std = gain / math.sqrt(fan)
            bound = math.sqrt(3.0) * std
            return _no_grad_uniform_(tensor, -bound, bound, generator)

        def kaiming_normal_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None):
            if 0 in tensor.shape:
                warnings.warn('Initializing zero-element tensors is a no-op')
                return tensor
            fan = _calculate_correct_fan(tensor, mode)
            gain = calculate_gain(nonlinearity, a)
            std = gain / math.sqrt(fan)
            return _no_grad_normal_(tensor, 0, std, generator)
        """#
}
