"""CKA, debiased CKA and SVCCA against their defining properties and closed forms on Gram matrices."""
from __future__ import annotations

import numpy as np
import pytest
from scipy.linalg import subspace_angles
from scipy.stats import ortho_group

from benchmark.analysis.similarity import linear_cka, svcca


@pytest.fixture
def feats():
    rng = np.random.default_rng(0)
    a = rng.normal(size=(300, 40)) @ rng.normal(size=(40, 40))
    b = np.tanh(a @ rng.normal(size=(40, 30))) + 0.5 * rng.normal(size=(300, 30))
    return a, b


def gram_cka(a: np.ndarray, b: np.ndarray) -> float:
    """HSIC with the centring matrix: tr(K H L H) / sqrt(tr(K H K H) tr(L H L H))."""
    n = len(a)
    h = np.eye(n) - 1.0 / n
    k, l_ = a @ a.T, b @ b.T

    def hsic(x, y):
        return np.trace(x @ h @ y @ h)

    return hsic(k, l_) / np.sqrt(hsic(k, k) * hsic(l_, l_))


def unbiased_hsic(k: np.ndarray, l_: np.ndarray) -> float:
    """Song et al. (2012), eq. 5, on Gram matrices with the diagonal set to zero."""
    n = len(k)
    k, l_ = k - np.diag(np.diag(k)), l_ - np.diag(np.diag(l_))
    one = np.ones(n)
    return (np.trace(k @ l_) + (one @ k @ one) * (one @ l_ @ one) / ((n - 1) * (n - 2))
            - 2.0 / (n - 2) * one @ k @ l_ @ one) / (n * (n - 3))


def test_cka_is_one_for_identical_inputs_and_matches_the_gram_form(feats):
    a, b = feats
    assert linear_cka(a, a) == pytest.approx(1.0, abs=1e-12)
    assert linear_cka(a, a, debiased=True) == pytest.approx(1.0, abs=1e-12)
    assert linear_cka(a, b) == pytest.approx(gram_cka(a, b), rel=1e-9)
    ac, bc = a - a.mean(0), b - b.mean(0)
    k, l_ = ac @ ac.T, bc @ bc.T
    ref = unbiased_hsic(k, l_) / np.sqrt(unbiased_hsic(k, k) * unbiased_hsic(l_, l_))
    assert linear_cka(a, b, debiased=True) == pytest.approx(ref, rel=1e-9)


def test_cka_invariances(feats):
    a, b = feats
    base = linear_cka(a, b)
    q = ortho_group.rvs(a.shape[1], random_state=1)
    assert linear_cka(a @ q, b) == pytest.approx(base, rel=1e-9)  # orthogonal transform
    assert linear_cka(3.7 * a, b) == pytest.approx(base, rel=1e-9)  # isotropic scaling
    assert linear_cka(a + 5.0, b) == pytest.approx(base, rel=1e-9)  # translation (features are centred)
    m = np.diag(np.geomspace(0.01, 100, a.shape[1])) @ ortho_group.rvs(a.shape[1], random_state=2)
    assert abs(linear_cka(a @ m, b) - base) > 0.05  # but not an arbitrary invertible linear map


def test_debiased_cka_is_near_zero_for_independent_features():
    rng = np.random.default_rng(3)
    a, b = rng.normal(size=(200, 100)), rng.normal(size=(200, 100))
    assert linear_cka(a, b) > 0.25  # the biased estimate is far from 0 when dim is not << clips
    assert abs(linear_cka(a, b, debiased=True)) < 0.02


def test_cca_is_invariant_to_invertible_linear_maps_and_matches_principal_angles(feats):
    a, b = feats
    cca = svcca(a, b, keep=1.0)
    ref = np.cos(subspace_angles(a - a.mean(0), b - b.mean(0))).mean()
    assert cca == pytest.approx(ref, rel=1e-6)
    m = np.random.default_rng(4).normal(size=(a.shape[1], a.shape[1]))  # invertible (almost surely)
    assert svcca(a @ m, b, keep=1.0) == pytest.approx(cca, rel=1e-6)
    assert svcca(a, a, keep=1.0) == pytest.approx(1.0, abs=1e-9)
    # SVCCA keeps the top directions only: fewer, so at most as many weak correlations
    assert 0 < svcca(a, b, keep=0.99) <= 1


def test_batched_sums_equal_one_pass(feats):
    a, b = feats
    for debiased in (False, True):
        assert linear_cka(a, b, debiased=debiased, batch=7) == pytest.approx(linear_cka(a, b, debiased=debiased),
                                                                             rel=1e-9)
    assert svcca(a, b, batch=11) == pytest.approx(svcca(a, b), rel=1e-9)
