package dev.strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void snakeCaseBecomesCamelCase() {
        assertThat(JavaNames.upperCamel("order_lines")).isEqualTo("OrderLines");
        assertThat(JavaNames.lowerCamel("order_lines")).isEqualTo("orderLines");
        assertThat(JavaNames.lowerCamel("customer_id")).isEqualTo("customerId");
    }

    @Test
    void quotedNamesSplitAtEveryNonLetter() {
        assertThat(JavaNames.upperCamel("Order Lines")).isEqualTo("OrderLines");
        assertThat(JavaNames.lowerCamel("order-lines")).isEqualTo("orderLines");
        assertThat(JavaNames.lowerCamel("say \"hi\"")).isEqualTo("sayHi");
    }

    @Test
    void innerCapitalsStayUnlessTheNameIsAllCapitals() {
        assertThat(JavaNames.lowerCamel("CustomerID")).isEqualTo("customerID");
        assertThat(JavaNames.lowerCamel("ORDER_TOTAL")).isEqualTo("orderTotal");
        assertThat(JavaNames.upperCamel("ORDER_TOTAL")).isEqualTo("OrderTotal");
    }

    @Test
    void nonAsciiLettersAreKept() {
        assertThat(JavaNames.lowerCamel("naïve_größe")).isEqualTo("naïveGröße");
        assertThat(JavaNames.constant("größe")).isEqualTo("GRÖSSE");
    }

    @Test
    void keyWordsAndLeadingDigitsAreEscaped() {
        assertThat(JavaNames.lowerCamel("class")).isEqualTo("class_");
        assertThat(JavaNames.lowerCamel("default")).isEqualTo("default_");
        assertThat(JavaNames.lowerCamel("null")).isEqualTo("null_");
        assertThat(JavaNames.lowerCamel("2fa_code")).isEqualTo("_2faCode");
        assertThat(JavaNames.upperCamel("3d")).isEqualTo("_3d");
        assertThat(JavaNames.constant("1st")).isEqualTo("_1ST");
    }

    @Test
    void recordComponentsAvoidObjectMethods() {
        assertThat(JavaNames.component("to_string")).isEqualTo("toString_");
        assertThat(JavaNames.component("hash_code")).isEqualTo("hashCode_");
        assertThat(JavaNames.component("wait")).isEqualTo("wait_");
        assertThat(JavaNames.component("equals")).isEqualTo("equals");
    }

    @Test
    void enumLabelsBecomeConstants() {
        assertThat(JavaNames.constant("placed")).isEqualTo("PLACED");
        assertThat(JavaNames.constant("in transit")).isEqualTo("IN_TRANSIT");
        assertThat(JavaNames.constant("Back-Ordered")).isEqualTo("BACK_ORDERED");
    }

    @Test
    void namesWithoutLettersOrDigitsGiveNothing() {
        assertThat(JavaNames.upperCamel("!!!")).isEmpty();
        assertThat(JavaNames.lowerCamel("___")).isEmpty();
        assertThat(JavaNames.constant("-")).isEmpty();
    }
}
