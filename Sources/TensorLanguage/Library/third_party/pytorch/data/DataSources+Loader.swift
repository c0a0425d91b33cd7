/// `torch.utils.data.DataLoader` (single process, as `num_workers=0`).
extension DataSources {
    /// `torch.utils.data.dataloader`.
    static let dataloader = #"""
        import torch
        from torch.utils.data.dataset import IterableDataset
        from torch.utils.data.sampler import BatchSampler, RandomSampler, SequentialSampler
        from torch.utils.data._utils.collate import default_collate, default_convert

        class _DatasetKind:
            Map = 0
            Iterable = 1

        class _InfiniteConstantSampler:
            def __iter__(self):
                while True:
                    yield None

        class DataLoader:
            def __init__(self, dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0,
                         collate_fn=None, pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None,
                         multiprocessing_context=None, generator=None, *, prefetch_factor=None, persistent_workers=False,
                         pin_memory_device="", in_order=True):
                if num_workers < 0:
                    raise ValueError("num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.")
                if num_workers > 0:
                    raise NotImplementedError("Wick's DataLoader loads in the main process only: use num_workers=0")
                if timeout < 0:
                    raise ValueError("timeout option should be non-negative")
                if prefetch_factor is not None:
                    raise ValueError(
                        "prefetch_factor option could only be specified in multiprocessing."
                        "let num_workers > 0 to enable multiprocessing, otherwise set prefetch_factor to None."
                    )
                if persistent_workers:
                    raise ValueError("persistent_workers option needs num_workers > 0")
                self.dataset = dataset
                self.num_workers = num_workers
                self.prefetch_factor = prefetch_factor
                self.pin_memory = pin_memory
                self.pin_memory_device = pin_memory_device
                self.timeout = timeout
                self.worker_init_fn = worker_init_fn
                self.in_order = in_order
                if isinstance(dataset, IterableDataset):
                    self._dataset_kind = _DatasetKind.Iterable
                    if isinstance(shuffle, bool) and shuffle:
                        raise ValueError(f"DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle={shuffle}")
                    elif sampler is not None:
                        raise ValueError(f"DataLoader with IterableDataset: expected unspecified sampler option, but got sampler={sampler}")
                    elif batch_sampler is not None:
                        raise ValueError(
                            f"DataLoader with IterableDataset: expected unspecified batch_sampler option, but got batch_sampler={batch_sampler}"
                        )
                else:
                    shuffle = bool(shuffle)
                    self._dataset_kind = _DatasetKind.Map
                if sampler is not None and shuffle:
                    raise ValueError("sampler option is mutually exclusive with shuffle")
                if batch_sampler is not None:
                    if batch_size != 1 or shuffle or sampler is not None or drop_last:
                        raise ValueError("batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last")
                    batch_size = None
                    drop_last = False
                elif batch_size is None:
                    if drop_last:
                        raise ValueError(
                            "batch_size=None option disables auto-batching and is mutually exclusive with drop_last"
                        )
                if sampler is None:
                    if self._dataset_kind == _DatasetKind.Iterable:
                        sampler = _InfiniteConstantSampler()
                    elif shuffle:
                        sampler = RandomSampler(dataset, generator=generator)
                    else:
                        sampler = SequentialSampler(dataset)
                if batch_size is not None and batch_sampler is None:
                    batch_sampler = BatchSampler(sampler, batch_size, drop_last)
                self.batch_size = batch_size
                self.drop_last = drop_last
                self.sampler = sampler
                self.batch_sampler = batch_sampler
                self.generator = generator
                if collate_fn is None:
                    if self._auto_collation:
                        collate_fn = default_collate
                    else:
                        collate_fn = default_convert
                self.collate_fn = collate_fn
                self.persistent_workers = persistent_workers
                self._DataLoader__initialized = True

            def __setattr__(self, attr, val):
                if getattr(self, "_DataLoader__initialized", False) and attr in (
                    "batch_size", "batch_sampler", "sampler", "drop_last", "dataset", "persistent_workers",
                ):
                    raise ValueError(f"{attr} attribute should not be set after {self.__class__.__name__} is initialized")
                object.__setattr__(self, attr, val)

            @property
            def _auto_collation(self):
                return self.batch_sampler is not None

            @property
            def _index_sampler(self):
                if self._auto_collation:
                    return self.batch_sampler
                else:
                    return self.sampler

            def __iter__(self):
                return _SingleProcessDataLoaderIter(self)

            def __len__(self):
                if self._dataset_kind == _DatasetKind.Iterable:
                    length = len(self.dataset)
                    if self.batch_size is not None:
                        if self.drop_last:
                            length = length // self.batch_size
                        else:
                            length = (length + self.batch_size - 1) // self.batch_size
                    return length
                return len(self._index_sampler)

        class _SingleProcessDataLoaderIter:
            def __init__(self, loader):
                self._dataset = loader.dataset
                self._dataset_kind = loader._dataset_kind
                self._auto_collation = loader._auto_collation
                self._drop_last = loader.drop_last
                self._index_sampler = loader._index_sampler
                self._collate_fn = loader.collate_fn
                self._sampler_iter = iter(self._index_sampler)
                self._base_seed = torch.empty((), dtype=torch.int64).random_(generator=loader.generator).item()
                self._num_yielded = 0
                self._dataset_iter = iter(self._dataset) if self._dataset_kind == _DatasetKind.Iterable else None
                self._ended = False

            def __iter__(self):
                return self

            def __len__(self):
                return len(self._index_sampler)

            def _fetch(self, index):
                if self._dataset_kind == _DatasetKind.Iterable:
                    if self._ended:
                        raise StopIteration
                    if self._auto_collation:
                        data = []
                        for _ in index:
                            try:
                                data.append(next(self._dataset_iter))
                            except StopIteration:
                                self._ended = True
                                break
                        if len(data) == 0 or (self._drop_last and len(data) < len(index)):
                            raise StopIteration
                    else:
                        data = next(self._dataset_iter)
                    return self._collate_fn(data)
                if self._auto_collation:
                    if callable(getattr(self._dataset, "__getitems__", None)):
                        data = self._dataset.__getitems__(index)
                    else:
                        data = [self._dataset[idx] for idx in index]
                else:
                    data = self._dataset[index]
                return self._collate_fn(data)

            def __next__(self):
                index = next(self._sampler_iter)
                data = self._fetch(index)
                self._num_yielded += 1
                return data
        """#
}
