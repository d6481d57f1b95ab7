Feature: x
  Scenario: y
    Given the body "stadt-kamen"
