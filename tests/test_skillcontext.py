"""Tests for gapcheck.skillcontext: where a skill's name stands in a line and whether that place shows the skill."""

from __future__ import annotations

import pytest
from conftest import found_skills

from gapcheck.skills import Vocabulary


@pytest.mark.parametrize(
    "line",
    [
        "Servers: nginx, Apache Tomcat, Jetty",
        "Technologies: Git, Apache Superset, Apache Druid",
        "• Apache Flex, ActionScript",
        "Tools: Apache Zookeeper | Redis",
        "Apache Ignite, Apache Pulsar",
    ],
)
def test_a_brand_before_another_capitalised_name_is_that_product(vocabulary: Vocabulary, line: str) -> None:
    assert "apache http server" not in found_skills(vocabulary, line, in_skills=True)


@pytest.mark.parametrize(
    "line",
    [
        "Servers: Nginx, Apache, HAProxy",
        "Apache, Samba, OpenSSH",
        "Web servers: Apache (mod_rewrite), IIS",
        "Apache sehr gut",
        "Stack: PHP, MySQL and Apache",
    ],
)
def test_a_brand_alone_in_a_list_is_still_its_product(vocabulary: Vocabulary, line: str) -> None:
    assert "apache http server" in found_skills(vocabulary, line, in_skills=True)
